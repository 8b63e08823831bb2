namespace AgentSoar.Cacao.Problems;

/// <summary>
/// One problem found while converting, printed as <c>file:location: error|warning: message</c>. In a CACAO file the
/// location is a JSON pointer (<c>/workflow/action--…/commands/0</c>); in a playbook it is <c>line:column</c>.
/// </summary>
/// <param name="File">The file the location is in.</param>
/// <param name="Location">A JSON pointer into a CACAO file, or <c>line:column</c> in a playbook (or in JSON that does not parse).</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What is wrong, for people.</param>
/// <param name="CacaoStep">The id of the CACAO workflow step the problem is about (read, or written by export), when there is one.</param>
public sealed record CacaoProblem(string File, string Location, CacaoSeverity Severity, string Message, string? CacaoStep = null)
{
    public bool IsError => Severity == CacaoSeverity.Error;

    public override string ToString() =>
        $"{File}:{(Location.Length == 0 ? "/" : Location)}: {(IsError ? "error" : "warning")}: {Message}";

    /// <summary>The workflow step a JSON pointer points into (<c>/workflow/&lt;id&gt;/…</c>), or null.</summary>
    public static string? StepIn(string pointer)
    {
        const string Workflow = "/workflow/";
        if (!pointer.StartsWith(Workflow, StringComparison.Ordinal) || pointer.Length == Workflow.Length)
        {
            return null;
        }

        var segment = pointer[Workflow.Length..].Split('/')[0];
        return segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
    }
}
