using System.Text.Json.Nodes;

namespace AgentSoar.Engine.Runs;

/// <summary>One planned undo: for the action step <see cref="Of"/>, the connector's undo action with the inputs it takes.</summary>
public sealed record UndoStep(string Of, string Connector, string Action, JsonObject Inputs)
{
    public string Id => RollbackState.StepPrefix + Of;
}
