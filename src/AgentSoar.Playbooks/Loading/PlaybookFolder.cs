using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Loading;

/// <summary>
/// The playbooks in service from one folder, kept across reloads: a changed file that validates becomes the new
/// version; one that no longer validates is reported and its version in service stays; a file that is gone takes
/// its playbook out of service. Thread-safe: readers see one whole catalog or the next.
/// </summary>
public sealed class PlaybookFolder
{
    private readonly Lock _reloading = new();
    private volatile PlaybookCatalog _catalog = new([]);
    private volatile IReadOnlyList<PlaybookDiagnostic> _diagnostics = [];

    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public PlaybookFolder(string path, IActionCatalog? actions = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        Path = System.IO.Path.GetFullPath(path);
        Actions = actions;
        if (!Directory.Exists(Path))
        {
            throw new DirectoryNotFoundException($"the playbook folder '{path}' does not exist");
        }
    }

    public string Path { get; }

    public IActionCatalog? Actions { get; }

    public PlaybookCatalog Catalog => _catalog;

    /// <summary>The problems found by the last load.</summary>
    public IReadOnlyList<PlaybookDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Loads the folder again and says what changed in service.</summary>
    public PlaybookReload Reload()
    {
        lock (_reloading)
        {
            var (loaded, diagnostics) = PlaybookCatalog.LoadDirectory(Path, Actions);
            var serving = loaded.All.ToDictionary(p => p.Id, StringComparer.Ordinal);
            var replaced = new List<(Playbook, Playbook)>();
            var kept = new List<Playbook>();
            var removed = new List<Playbook>();
            foreach (var old in _catalog.All)
            {
                if (serving.TryGetValue(old.Id, out var current))
                {
                    if (current.ContentHash != old.ContentHash)
                    {
                        replaced.Add((old, current));
                    }
                }
                else if (diagnostics.Any(d => d.Location.File == old.SourceFile))
                {
                    serving[old.Id] = old; // the new text was refused: the old version keeps running
                    kept.Add(old);
                }
                else
                {
                    removed.Add(old); // the file is gone, or now holds another playbook
                }
            }

            var added = serving.Values.Where(p => _catalog.Find(p.Id) is null).ToList();
            var newProblems = diagnostics.Except(_diagnostics).ToList();
            _catalog = new PlaybookCatalog(serving.Values);
            _diagnostics = diagnostics;
            return new PlaybookReload(added, replaced, kept, removed, newProblems);
        }
    }

    /// <summary>What the folder's playbook files look like now (names, sizes, times): when it changes, reload.</summary>
    public string Fingerprint() =>
        string.Join('\n', Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
            .Where(PlaybookCatalog.IsPlaybookFile)
            .Order(StringComparer.Ordinal)
            .Select(f => new FileInfo(f))
            .Select(f => $"{f.FullName}|{f.Length}|{f.LastWriteTimeUtc.Ticks}"));
}
