using System.Text.Json;
using AgentSoar.Contracts.Connectors;

namespace AgentSoar.Engine.Approvals;

/// <summary>What the engine reads of an action a connector announces: its risk, whether it changes things, its undo and input names.</summary>
public static class ActionTraitsMapping
{
    public static ActionTraits ToTraits(this ActionInfo action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new ActionTraits(action.Risk, action.Mutating)
        {
            UndoAction = action.UndoAction,
            InputNames = action.InputSchema.ValueKind == JsonValueKind.Object && action.InputSchema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
                ? properties.EnumerateObject().Select(p => p.Name).ToList()
                : null,
        };
    }
}
