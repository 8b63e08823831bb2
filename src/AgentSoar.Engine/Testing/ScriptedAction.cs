using System.Text.Json.Nodes;

namespace AgentSoar.Engine.Testing;

/// <summary>What a test says an action step returns: an output, or a failure of a kind with a message.</summary>
public sealed record ScriptedAction(JsonNode? Output, string? FailKind, string? FailError)
{
    public bool Fails => FailKind is not null;
}
