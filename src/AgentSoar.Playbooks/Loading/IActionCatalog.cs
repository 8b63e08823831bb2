namespace AgentSoar.Playbooks.Loading;

/// <summary>What the validator knows of connectors; when given, unknown connectors and actions are errors.</summary>
public interface IActionCatalog
{
    /// <summary>The declared input names of <c>connector.action</c>, or null when no such action exists.</summary>
    IReadOnlySet<string>? FindActionInputs(string connector, string action);
}
