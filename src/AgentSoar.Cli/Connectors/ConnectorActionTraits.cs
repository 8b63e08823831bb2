using AgentSoar.Contracts.Connectors;
using AgentSoar.Engine.Approvals;

namespace AgentSoar.Cli.Connectors;

/// <summary>The risk and mutation of each catalog action, as the approval gate reads them.</summary>
internal sealed class ConnectorActionTraits(IEnumerable<ConnectorInfo> connectors) : IActionTraitsLookup
{
    private readonly Dictionary<string, ActionTraits> _traits = connectors
        .SelectMany(c => c.Actions.Select(a => (Key: $"{c.Name}.{a.Name}", Traits: a.ToTraits())))
        .ToDictionary(p => p.Key, p => p.Traits, StringComparer.Ordinal);

    public ActionTraits? Find(string connector, string action) => _traits.GetValueOrDefault($"{connector}.{action}");
}
