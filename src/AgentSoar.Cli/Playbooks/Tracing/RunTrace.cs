using System.Text.Json.Nodes;

namespace AgentSoar.Cli.Playbooks.Tracing;

/// <summary>
/// What a run did, step by step, in the order the run reached its steps: the form both printers
/// (text and JSON) write. Inputs and outputs are already masked (see <c>SecretFields</c>).
/// </summary>
internal sealed record RunTrace(
    int TraceVersion,
    string PlaybookId,
    int PlaybookVersion,
    string Mode,
    string Status,
    string? Reason,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    double? DurationMs,
    JsonNode? Inputs,
    JsonNode? Outputs,
    IReadOnlyList<StepTrace> Steps,
    IReadOnlyList<string> Notes)
{
    /// <summary>Bumped when a field changes meaning or goes away; new fields may appear without it.</summary>
    public const int CurrentVersion = 1;
}
