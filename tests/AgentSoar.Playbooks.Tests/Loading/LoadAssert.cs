using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Playbooks.Tests.Loading;

/// <summary>Loads playbook text and checks diagnostics by line, column and message.</summary>
internal static class LoadAssert
{
    public const string FileName = "playbooks/test.yaml";

    public static PlaybookLoadResult Load(string yaml, IActionCatalog? actions = null) => PlaybookLoader.LoadText(yaml, FileName, actions);

    /// <summary>Asserts that loading fails with exactly one diagnostic, at that position, containing that text.</summary>
    public static PlaybookDiagnostic Single(string yaml, int line, int column, string message, IActionCatalog? actions = null)
    {
        var result = Load(yaml, actions);
        Assert.Null(result.Playbook);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal((FileName, line, column), (diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column));
        return diagnostic;
    }

    /// <summary>Asserts there is a diagnostic at that position containing that text (others may exist).</summary>
    public static void Has(PlaybookLoadResult result, int line, int column, string message)
    {
        Assert.Null(result.Playbook);
        Assert.True(
            result.Diagnostics.Any(d => d.Location.Line == line && d.Location.Column == column && d.Message.Contains(message, StringComparison.Ordinal)),
            $"no diagnostic at {line}:{column} containing \"{message}\"; got:\n{string.Join("\n", result.Diagnostics)}");
    }
}
