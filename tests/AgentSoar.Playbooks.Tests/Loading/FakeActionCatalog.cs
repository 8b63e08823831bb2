using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Playbooks.Tests.Loading;

/// <summary>The actions of the simulation and webhook connectors, as the validator sees them.</summary>
internal sealed class FakeActionCatalog : IActionCatalog
{
    private static readonly Dictionary<string, HashSet<string>> Actions = new(StringComparer.Ordinal)
    {
        ["simulation.lookup_ip"] = ["ip"],
        ["simulation.block_ip"] = ["ip", "duration"],
        ["simulation.comment"] = ["text"],
        ["webhook.post"] = ["endpoint", "body", "headers"],
    };

    public IReadOnlySet<string>? FindActionInputs(string connector, string action) =>
        Actions.GetValueOrDefault($"{connector}.{action}");
}
