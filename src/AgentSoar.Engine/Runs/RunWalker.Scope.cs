using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;

namespace AgentSoar.Engine.Runs;

internal sealed partial class RunWalker
{
    /// <summary>What expressions see: the alert, the inputs, the incident, the run, and the steps so far.</summary>
    private ExpressionScope BuildScope()
    {
        var steps = new JsonObject();
        foreach (var step in State.Steps)
        {
            steps[step.Id] = new JsonObject
            {
                ["status"] = step.Status.ToWire(),
                ["output"] = step.Output?.DeepClone(),
                ["error"] = step.Error,
            };
        }

        var roots = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["alert"] = State.Alert?.DeepClone(),
            ["inputs"] = State.Inputs.DeepClone(),
            ["incident"] = State.Incident.DeepClone(),
            ["run"] = new JsonObject { ["id"] = State.RunId.ToString(), ["playbook"] = State.PlaybookId, ["started_by"] = State.StartedBy },
            ["steps"] = steps,
            ["vars"] = State.Vars.DeepClone(),
        };
        return new ExpressionScope(roots, context.Limits, now);
    }

    private static (T? Value, string? Error) Evaluate<T>(Func<T> evaluate)
    {
        try
        {
            return (evaluate(), null);
        }
        catch (ExpressionException ex)
        {
            return (default, $"{ex.Message} (at {ex.Location})");
        }
    }
}
