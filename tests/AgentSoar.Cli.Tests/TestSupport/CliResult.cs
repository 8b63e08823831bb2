namespace AgentSoar.Cli.Tests.TestSupport;

/// <summary>The exit code and the two streams of one run of the command line.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> OutputLines =>
        Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToList();

    /// <summary>Asserts that exactly one problem is printed at this place, and that its message says what it should.</summary>
    public void AssertProblem(string file, int line, int column, string messagePart)
    {
        var prefix = $"{file}:{line}:{column}: error: ";
        var matches = OutputLines.Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, $"expected one problem at {prefix}, found {matches.Count} in:\n{Output}");
        Assert.Contains(messagePart, matches[0], StringComparison.Ordinal);
    }
}
