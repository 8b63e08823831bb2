namespace AgentSoar.Playbooks.Loading;

public static class PlaybookLoader
{
    /// <summary>Parses and validates one YAML playbook. Never throws for bad content: problems are diagnostics.</summary>
    public static PlaybookLoadResult LoadText(string yaml, string fileName, IActionCatalog? actions = null) => throw new NotImplementedException();

    public static PlaybookLoadResult LoadFile(string path, IActionCatalog? actions = null) => LoadText(File.ReadAllText(path), path, actions);
}
