using System.Text.Json.Nodes;

namespace AgentSoar.Engine.Testing;

/// <summary>
/// One scenario for a playbook: the alert, what each action step returns (or how it fails), the
/// approval decisions, and what must come out.
/// </summary>
public sealed record PlaybookTestCase(
    string Name,
    JsonObject Alert,
    JsonObject? Inputs,
    IReadOnlyDictionary<string, ScriptedAction> Actions,
    IReadOnlyDictionary<string, string> Approvals,
    PlaybookTestExpectation Expect)
{
    /// <summary>The answers to approval steps' questions, by step id (the step is also in <see cref="Approvals"/> as approve).</summary>
    public IReadOnlyDictionary<string, string> Answers { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
