using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Loading;

/// <summary>The valid playbooks of a folder, by id. Invalid files are reported and left out.</summary>
public sealed class PlaybookCatalog
{
    private readonly Dictionary<string, Playbook> _byId;

    public PlaybookCatalog(IEnumerable<Playbook> playbooks)
    {
        _byId = playbooks.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<Playbook> All => _byId.Values;

    public Playbook? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Loads every <c>*.yaml</c>/<c>*.yml</c> under <paramref name="directory"/>; a duplicate id is a diagnostic.</summary>
    public static (PlaybookCatalog Catalog, IReadOnlyList<PlaybookDiagnostic> Diagnostics) LoadDirectory(string directory, IActionCatalog? actions = null) =>
        throw new NotImplementedException();
}
