using System.ComponentModel;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Cases;

/// <summary>How an incident ended.</summary>
internal enum Resolution
{
    TruePositive,
    FalsePositive,
    Benign,
    Duplicate,
    Other,
}

internal sealed record CloseInput(
    [Description("How it ended: true_positive, false_positive, benign, duplicate or other.")] Resolution Resolution,
    [Description("Why, in a sentence.")] string? Reason = null,
    [Description("The incident; omitted, the run's own.")] Guid? IncidentId = null);

internal sealed record ReopenInput(
    [Description("Why, in a sentence.")] string? Reason = null,
    [Description("The incident; omitted, the run's own.")] Guid? IncidentId = null);

/// <summary>Closes an open incident with a resolution; closing a closed one is refused (permanent). Undone by <c>reopen</c>.</summary>
internal sealed class CloseAction(CasesApi api) : CaseAction<CloseInput>(api)
{
    public override ActionMetadata Metadata { get; } = new("close", "Closes an open incident with a resolution.", ActionRisk.Medium)
    {
        Idempotent = true,
        UndoAction = "reopen",
    };

    protected override Guid? IncidentOf(CloseInput input) => input.IncidentId;

    protected override (HttpMethod Method, string What, object Body) Request(CloseInput input) =>
        (HttpMethod.Post, "close", new { resolution = System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(input.Resolution.ToString()), reason = input.Reason });
}

/// <summary>Reopens a closed incident; reopening an open one is refused (permanent).</summary>
internal sealed class ReopenAction(CasesApi api) : CaseAction<ReopenInput>(api)
{
    public override ActionMetadata Metadata { get; } = new("reopen", "Reopens a closed incident.", ActionRisk.Low)
    {
        Idempotent = true,
    };

    protected override Guid? IncidentOf(ReopenInput input) => input.IncidentId;

    protected override (HttpMethod Method, string What, object Body) Request(ReopenInput input) =>
        (HttpMethod.Post, "reopen", new { reason = input.Reason });
}
