namespace AgentSoar.Cacao.OpenC2;

/// <summary>
/// The connector actions CACAO conversion may map <c>openc2-http</c> commands to (on import) and write as such
/// commands (on export): those whose connector declares an OpenC2 equivalent.
/// </summary>
/// <param name="Actions">The actions with an OpenC2 equivalent.</param>
/// <param name="PreferredConnector">
/// When several connectors declare the same OpenC2 command, the one whose action it becomes; null to decide only by
/// the CACAO agent (<c>agentsoar:connector.action</c>), and otherwise keep the command as it is.
/// </param>
public sealed record OpenC2Catalog(IReadOnlyList<OpenC2CatalogAction> Actions, string? PreferredConnector = null)
{
    /// <summary>The catalog action a playbook names, when it declares an OpenC2 equivalent.</summary>
    public OpenC2CatalogAction? Find(string connector, string action) =>
        Actions.FirstOrDefault(a => a.Connector == connector && a.Action == action);
}
