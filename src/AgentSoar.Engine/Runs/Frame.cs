using System.Collections.Immutable;
using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Runs;

/// <summary>
/// Where a list of steps runs: the prefix of its steps' instance ids, the playbook they belong to, and what their
/// expressions see as <c>inputs</c>, <c>vars</c> and <c>loop</c>.
/// </summary>
/// <param name="Prefix">Prepended to a step's id to name its state: one segment per loop round and called playbook.</param>
/// <param name="Playbook">The playbook the steps come from (the run's, or a called one).</param>
/// <param name="CallPrefix">The prefix of the innermost called playbook (empty for the run's own): steps see no state outside it.</param>
/// <param name="Inputs">The inputs of that playbook.</param>
/// <param name="Loop">The current loop round (<c>item</c>, <c>index</c>, <c>parent</c>), or null outside loops.</param>
/// <param name="CallStepId">The instance id of the call step whose playbook runs here, or null for the run's own.</param>
/// <param name="Chain">The playbooks called to get here, outermost first: a call to one of them again is a cycle.</param>
internal sealed record Frame(
    string Prefix,
    Playbook Playbook,
    string CallPrefix,
    JsonObject Inputs,
    JsonObject? Loop,
    string? CallStepId,
    ImmutableList<string> Chain)
{
    public string InstanceId(Step step) => Prefix + step.Id;

    /// <summary>The frame of round <paramref name="index"/> of a loop step in this frame.</summary>
    public Frame Round(Step loop, int index, JsonNode? item, int? count) => this with
    {
        Prefix = $"{Prefix}{loop.Id}[{index}]/",
        Loop = new JsonObject
        {
            ["item"] = item?.DeepClone(),
            ["index"] = index,
            ["count"] = count,
            ["parent"] = Loop?.DeepClone(),
        },
    };

    /// <summary>The definition id in an instance id: its last segment without a round index.</summary>
    public static string DefinitionId(string segment)
    {
        var last = segment[(segment.LastIndexOf('/') + 1)..];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? last : last[..bracket];
    }
}
