using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Cli.Playbooks.Validation;

/// <summary>Turns the paths given on the command line into the playbook files to check, and the paths that are not usable into problems.</summary>
internal static class PlaybookFiles
{
    public static (IReadOnlyList<string> Files, IReadOnlyList<PlaybookDiagnostic> Problems) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = new List<PlaybookDiagnostic>();

        // The same file reached twice (a folder and a file in it) must not be reported as a duplicate of itself.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var file in Find(path, problems).Where(file => seen.Add(Path.GetFullPath(file))))
            {
                files.Add(file);
            }
        }

        return (files, problems);
    }

    private static IEnumerable<string> Find(string path, List<PlaybookDiagnostic> problems)
    {
        if (File.Exists(path))
        {
            // Named explicitly, a file is checked whatever its extension; but a playbook's test file is not a
            // playbook, and a shell glob such as playbooks/*.yaml names those too.
            return PlaybookCatalog.IsPlaybookTestFile(path) ? [] : [path];
        }

        if (!Directory.Exists(path))
        {
            problems.Add(Problem(path, "no such file or folder"));
            return [];
        }

        List<string> found;
        try
        {
            // Ordinal order, as the services' catalog reads a folder: which of two files with one id is "first" must not depend on the file system.
            found = [.. Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false })
                .Where(PlaybookCatalog.IsPlaybookFile)
                .Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(Problem(path, $"cannot read the folder: {ex.Message}"));
            return [];
        }

        if (found.Count == 0)
        {
            // An empty folder passing silently would hide a mistyped path in CI.
            problems.Add(Problem(path, "no playbook files in this folder (looked for *.yaml and *.yml, not counting *.test.yaml)"));
        }

        return found;
    }

    // Line and column 0, as the catalog reports a file it cannot read: the problem is the path, not a place in it.
    private static PlaybookDiagnostic Problem(string path, string message) => new(new SourceLocation(path, 0, 0), message);
}
