namespace AgentSoar.Playbooks.Loading;

/// <summary>
/// Reads a YAML data file (playbook tests, policies) as JSON, with the same protections as playbooks:
/// depth and alias-expansion bounds, one document, and problems reported as file:line:col.
/// </summary>
public static class YamlData
{
    public static (System.Text.Json.Nodes.JsonNode? Value, IReadOnlyList<PlaybookDiagnostic> Diagnostics) Parse(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        var context = new LoadContext(fileName, yaml, actions: null);
        var root = YamlDocumentReader.Read(context);
        var value = root is null ? null : TemplateReader.ReadJson(context, root);
        return (context.HasErrors ? null : value, context.Diagnostics);
    }
}
