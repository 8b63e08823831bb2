using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Loading;

/// <summary>The valid playbooks of a folder, by id. Invalid files are reported and left out.</summary>
public sealed class PlaybookCatalog : IPlaybookLookup
{
    private readonly Dictionary<string, Playbook> _byId;

    public PlaybookCatalog(IEnumerable<Playbook> playbooks)
    {
        _byId = playbooks.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<Playbook> All => _byId.Values;

    public Playbook? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Loads every playbook file (<see cref="IsPlaybookFile"/>) under <paramref name="directory"/>; a duplicate id is a diagnostic.</summary>
    /// <remarks>
    /// Files are read in ordinal order of their path, so which of two files with the same id wins (the first) does
    /// not depend on the file system. A file that cannot be read is a diagnostic like any other.
    /// </remarks>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist: a configuration error, not content.</exception>
    public static (PlaybookCatalog Catalog, IReadOnlyList<PlaybookDiagnostic> Diagnostics) LoadDirectory(string directory, IActionCatalog? actions = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(IsPlaybookFile)
            .Order(StringComparer.Ordinal);
        return LoadFiles(files, actions);
    }

    /// <summary>A playbook file: <c>*.yaml</c> or <c>*.yml</c>, but not a playbook test (<c>*.test.yaml</c>) that sits beside it.</summary>
    public static bool IsPlaybookFile(string path) =>
        (path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        && !IsPlaybookTestFile(path);

    /// <summary>A playbook test file: <c>NAME.test.yaml</c> (or <c>.test.yml</c>) beside the playbook it tests.</summary>
    public static bool IsPlaybookTestFile(string path) =>
        path.EndsWith(".test.yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".test.yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Loads the given files, in the order given; a duplicate id is a diagnostic, and the first file keeps it.</summary>
    /// <remarks>
    /// For callers that gather files from several places (the <c>agentsoar playbook validate</c> command). A file that
    /// cannot be read is a diagnostic like any other.
    /// </remarks>
    public static (PlaybookCatalog Catalog, IReadOnlyList<PlaybookDiagnostic> Diagnostics) LoadFiles(IEnumerable<string> files, IActionCatalog? actions = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var playbooks = new List<Playbook>();
        var diagnostics = new List<PlaybookDiagnostic>();
        var seen = new Dictionary<string, Playbook>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var result = Load(file, actions);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Playbook is not { } playbook)
            {
                continue;
            }

            if (seen.TryGetValue(playbook.Id, out var first))
            {
                diagnostics.Add(new PlaybookDiagnostic(
                    playbook.Metadata.IdLocation,
                    $"duplicate playbook id '{playbook.Id}': {first.SourceFile} already uses it; this file is left out"));
                continue;
            }

            seen[playbook.Id] = playbook;
            playbooks.Add(playbook);
        }

        return (new PlaybookCatalog(WithoutBrokenCalls(playbooks, diagnostics)), diagnostics);
    }

    /// <summary>
    /// Leaves out the playbooks whose <c>playbook</c> steps are wrong (an unknown playbook, wrong inputs, a cycle),
    /// again and again, since leaving one out can break the calls to it.
    /// </summary>
    private static List<Playbook> WithoutBrokenCalls(List<Playbook> playbooks, List<PlaybookDiagnostic> diagnostics)
    {
        while (true)
        {
            var problems = CallGraphChecker.Check(playbooks);
            if (problems.Count == 0)
            {
                return playbooks;
            }

            diagnostics.AddRange(problems.Select(p => p.Diagnostic).Where(d => !diagnostics.Contains(d)));
            var broken = problems.Select(p => p.PlaybookId).ToHashSet(StringComparer.Ordinal);
            playbooks = playbooks.Where(p => !broken.Contains(p.Id)).ToList();
        }
    }

    private static PlaybookLoadResult Load(string file, IActionCatalog? actions)
    {
        try
        {
            return PlaybookLoader.LoadFile(file, actions);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new PlaybookLoadResult(null, [new PlaybookDiagnostic(new SourceLocation(file, 0, 0), $"cannot read the file: {e.Message}")]);
        }
    }
}
