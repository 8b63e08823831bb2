using AgentSoar.Contracts.Queries;
using AgentSoar.Coordinator.Catalog;
using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Coordinator.Queries.Catalog;

/// <summary>
/// The problems of one playbook file as its page shows them: the registry's errors (what keeps a file out of service),
/// and as warnings what the announced connectors add (the registry loads without them: a host may announce late).
/// </summary>
public sealed class PlaybookProblems(string folder, IReadOnlyList<PlaybookDiagnostic> registryErrors, AnnouncedActionInputs? announced)
{
    /// <summary>The file's path inside the playbook folder: the server's own paths stay on the server.</summary>
    public string Relative(string file) => Path.GetRelativePath(folder, file).Replace('\\', '/');

    /// <summary>Errors of files that hold no playbook in service.</summary>
    public IReadOnlyList<PlaybookProblemView> Refused(IEnumerable<string> filesInService)
    {
        var serving = filesInService.ToHashSet(StringComparer.Ordinal);
        return [.. registryErrors.Where(d => !serving.Contains(d.Location.File)).Select(d => Error(d))];
    }

    /// <summary>The errors and warnings of <paramref name="file"/> as it is now (<paramref name="text"/>), in line order.</summary>
    public IReadOnlyList<PlaybookProblemView> Of(string file, string? text)
    {
        var errors = registryErrors.Where(d => d.Location.File == file).Select(d => Error(d)).ToList();
        if (text is null || announced is null)
        {
            return errors;
        }

        var name = Relative(file);
        var plain = PlaybookLoader.LoadText(text, name).Diagnostics.Select(Key).ToHashSet();
        var warnings = PlaybookLoader.LoadText(text, name, announced).Diagnostics
            .Where(d => !plain.Contains(Key(d)))
            .Select(d => new PlaybookProblemView("warning", name, d.Location.Line, d.Location.Column, d.Message + " (among the connectors announced so far)"));
        return [.. errors.Concat(warnings).OrderBy(p => p.Line).ThenBy(p => p.Column)];
    }

    private PlaybookProblemView Error(PlaybookDiagnostic d) => new("error", Relative(d.Location.File), d.Location.Line, d.Location.Column, d.Message);

    private static (int, int, string) Key(PlaybookDiagnostic d) => (d.Location.Line, d.Location.Column, d.Message);
}
