namespace AgentSoar.Cacao.Problems;

/// <summary>
/// One problem found while converting, printed as <c>file:location: error|warning: message</c>. In a CACAO file the
/// location is a JSON pointer (<c>/workflow/action--…/commands/0</c>); in a playbook it is <c>line:column</c>.
/// </summary>
public sealed record CacaoProblem(string File, string Location, CacaoSeverity Severity, string Message)
{
    public bool IsError => Severity == CacaoSeverity.Error;

    public override string ToString() =>
        $"{File}:{(Location.Length == 0 ? "/" : Location)}: {(IsError ? "error" : "warning")}: {Message}";
}
