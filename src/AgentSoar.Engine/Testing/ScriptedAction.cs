using System.Text.Json.Nodes;

namespace AgentSoar.Engine.Testing;

/// <summary>What a test says an action step returns: an output, or a failure of a kind with a message.</summary>
public sealed record ScriptedAction(JsonNode? Output, string? FailKind, string? FailError)
{
    public bool Fails => FailKind is not null;

    /// <summary>What later attempts return, in order (the last repeats): a list in the test, to script retries.</summary>
    public IReadOnlyList<ScriptedAction> Later { get; init; } = [];

    /// <summary>The script for the <paramref name="call"/>-th dispatch (0 for the first).</summary>
    public ScriptedAction For(int call) => call == 0 || Later.Count == 0 ? this : Later[Math.Min(call, Later.Count) - 1];
}
