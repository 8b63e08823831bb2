using AgentSoar.Cacao.OpenC2;
using AgentSoar.Contracts.Connectors;

namespace AgentSoar.Cli.Cacao;

/// <summary>The connector actions a CACAO conversion maps OpenC2 commands to: those of the catalog that declare an OpenC2 equivalent.</summary>
internal static class CacaoConnectors
{
    public static OpenC2Catalog OpenC2(IEnumerable<ConnectorInfo> connectors, string? preferredConnector) => new(
        [.. connectors.SelectMany(c => c.Actions
            .Where(a => a.OpenC2 is not null)
            .Select(a => new OpenC2CatalogAction(c.Name, a.Name, a.OpenC2!.Action, a.OpenC2.Target, a.OpenC2.Profile, a.InputSchema)))],
        preferredConnector);
}
