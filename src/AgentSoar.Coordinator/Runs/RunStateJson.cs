using System.Text.Json;
using AgentSoar.Engine;
using AgentSoar.Engine.Runs;
using AgentSoar.Storage;

namespace AgentSoar.Coordinator.Runs;

/// <summary>Maps a run's state to its database row and back.</summary>
public static class RunStateJson
{
    public static RunRecord ToRecord(RunState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new RunRecord(
            state.RunId,
            state.IncidentId,
            state.PlaybookId,
            state.PlaybookVersion,
            state.PlaybookHash,
            state.Status.ToWire(),
            JsonSerializer.Serialize(state, EngineJson.Options),
            state.WakeAt,
            state.CreatedAt,
            state.UpdatedAt,
            state.Version);
    }

    public static RunState FromRecord(RunRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var state = JsonSerializer.Deserialize<RunState>(record.StateJson, EngineJson.Options)
            ?? throw new InvalidOperationException($"Run {record.Id} has an empty state.");
        return state with { Version = record.Version };
    }
}
