using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Syntax;

/// <summary>Maps a character offset in an expression's text to where that character sits in the file.</summary>
internal delegate SourceLocation Locator(int offset);
