using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Loading;

/// <summary>One problem found in a playbook file, printed as <c>file:line:col: error: message</c>.</summary>
public sealed record PlaybookDiagnostic(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: error: {Message}";
}
