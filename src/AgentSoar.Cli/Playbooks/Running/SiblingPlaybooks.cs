using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Cli.Playbooks.Running;

/// <summary>
/// The playbooks a simulated run may call: the valid playbooks beside the one that runs (its folder,
/// not below it), as a server's catalog holds the playbooks of one folder. Read on the first call
/// only, so a run that calls nothing reads nothing more.
/// </summary>
internal sealed class SiblingPlaybooks(string playbookFile, IActionCatalog actions) : IPlaybookLookup
{
    private PlaybookCatalog? _catalog;

    public Playbook? Find(string id) => (_catalog ??= Load()).Find(id);

    private PlaybookCatalog Load()
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(playbookFile))!;
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.TopDirectoryOnly)
            .Where(PlaybookCatalog.IsPlaybookFile)
            .Order(StringComparer.Ordinal);

        // An invalid sibling is left out: calling it fails that step, which says the playbook was not found.
        return PlaybookCatalog.LoadFiles(files, actions).Catalog;
    }
}
