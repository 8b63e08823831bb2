namespace AgentSoar.Playbooks.Loading;

/// <summary>What the validator knows of connectors; when given, unknown connectors and actions are errors.</summary>
public interface IActionCatalog
{
    /// <summary>The declared input names of <c>connector.action</c>, or null when no such action exists.</summary>
    IReadOnlySet<string>? FindActionInputs(string connector, string action);

    /// <summary>
    /// The declared inputs with their types and whether they are required, when the catalog knows them:
    /// then missing required inputs and literal values of the wrong type are errors too.
    /// </summary>
    IReadOnlyDictionary<string, ActionInputSpec>? FindActionInputSpecs(string connector, string action) => null;
}
