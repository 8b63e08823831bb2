using System.Security.Cryptography;
using System.Text;

namespace AgentSoar.Playbooks.Loading;

public static class PlaybookLoader
{
    /// <summary>Parses and validates one YAML playbook. Never throws for bad content: problems are diagnostics.</summary>
    /// <remarks>
    /// Every problem found is reported, in file order; the playbook is returned only when there are none.
    /// With <paramref name="actions"/>, unknown connectors and actions and undeclared <c>with</c> inputs are errors too.
    /// </remarks>
    public static PlaybookLoadResult LoadText(string yaml, string fileName, IActionCatalog? actions = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        var context = new LoadContext(fileName, yaml, actions);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)));
        var root = YamlDocumentReader.Read(context);
        var playbook = root is null ? null : PlaybookReader.Read(context, root, hash);
        return new PlaybookLoadResult(context.HasErrors || playbook is null ? null : playbook with { SourceText = yaml }, context.Diagnostics);
    }

    public static PlaybookLoadResult LoadFile(string path, IActionCatalog? actions = null) => LoadText(File.ReadAllText(path), path, actions);
}
