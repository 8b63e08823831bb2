using System.Text.Json.Nodes;

namespace AgentSoar.Engine.Testing;

/// <summary>
/// What a test case expects: the run's final status (or <c>not_started</c> when the alert cannot
/// give the playbook its required inputs), optionally each named step's status
/// (<c>not_run</c> for a step the run never reached), the exact order of the steps reached, and outputs.
/// </summary>
public sealed record PlaybookTestExpectation(
    string Status,
    IReadOnlyDictionary<string, string> Steps,
    IReadOnlyList<string>? Path,
    JsonObject? Outputs);
