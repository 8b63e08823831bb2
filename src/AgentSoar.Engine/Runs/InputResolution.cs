using System.Text.Json.Nodes;

namespace AgentSoar.Engine.Runs;

/// <summary>The resolved inputs of a run, or every reason they could not be resolved.</summary>
public sealed record InputResolution(JsonObject Inputs, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
