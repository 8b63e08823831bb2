using AgentSoar.Cli.Tests.TestSupport;

namespace AgentSoar.Cli.Tests.Playbooks.Validation;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Validate_ShippedPlaybooks_AllValidExitZero()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "playbooks");
        // Playbook tests (NAME.test.yaml) sit beside the playbooks and are not playbooks.
        var shipped = Directory.EnumerateFiles(folder, "*.y*ml", SearchOption.AllDirectories)
            .Count(file => !Path.GetFileNameWithoutExtension(file).EndsWith(".test", StringComparison.OrdinalIgnoreCase));

        var result = CliRun.Invoke("playbook", "validate", folder);

        Assert.True(shipped > 0, "the repository ships no playbooks");
        Assert.Equal("", result.Output);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal($"{shipped} playbook(s) valid", result.Error.Trim());
    }

    [Fact]
    public void Validate_FolderWithBrokenPlaybooks_ReportsEveryProblemAtItsPositionAndExitsOne()
    {
        var broken = _temp.Write("broken.yaml", SamplePlaybooks.Broken);
        var syntax = _temp.Write("syntax.yaml", SamplePlaybooks.SyntaxError);
        _temp.Write("valid.yaml", SamplePlaybooks.Valid("fine"));

        var result = CliRun.Invoke("playbook", "validate", _temp.Path);

        result.AssertProblem(broken, 8, 1, "unknown key 'stepz' in the playbook; did you mean 'steps'?");
        result.AssertProblem(broken, 11, 13, "unknown action 'firewall.block_ip'");
        result.AssertProblem(broken, 15, 13, "action 'simulation.comment' has no input 'txt'; did you mean 'text'?");
        result.AssertProblem(broken, 14, 13, "action 'simulation.comment' needs the input 'text'");
        result.AssertProblem(broken, 17, 35, "expected an expression");
        result.AssertProblem(syntax, 6, 1, "invalid YAML");
        Assert.Equal(6, result.OutputLines.Count);
        Assert.Equal("6 problem(s) in 2 file(s)", result.Error.Trim());
        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
    }

    [Fact]
    public void Validate_ProblemLines_AreExactlyTheDiagnosticsFormat()
    {
        var broken = _temp.Write("broken.yaml", SamplePlaybooks.Broken);

        var result = CliRun.Invoke("playbook", "validate", broken);

        Assert.All(result.OutputLines, line => Assert.Matches(@"^.+:\d+:\d+: error: \S.*$", line));
        Assert.Equal($"{broken}:8:1: error: unknown key 'stepz' in the playbook; did you mean 'steps'?", result.OutputLines[0]);
    }

    [Fact]
    public void Validate_MissingPath_NamesItWithoutAStackTraceAndStillChecksTheRest()
    {
        var missing = Path.Combine(_temp.Path, "no-such-playbooks");
        var valid = _temp.Write("valid.yaml", SamplePlaybooks.Valid("fine"));
        var broken = _temp.Write("other/broken.yaml", SamplePlaybooks.Broken);

        var result = CliRun.Invoke("playbook", "validate", missing, valid, broken);

        Assert.Equal($"{missing}:0:0: error: no such file or folder", result.OutputLines[0]);
        result.AssertProblem(broken, 8, 1, "did you mean 'steps'?");
        Assert.DoesNotContain("Exception", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
    }

    [Fact]
    public void Validate_OnlyAMissingPath_ExitsOne()
    {
        var missing = Path.Combine(_temp.Path, "missing.yaml");

        var result = CliRun.Invoke("playbook", "validate", missing);

        Assert.Equal([$"{missing}:0:0: error: no such file or folder"], result.OutputLines);
        Assert.Equal("1 problem(s) in 1 file(s)", result.Error.Trim());
        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
    }

    [Fact]
    public void Validate_SameIdInTwoFilesOfDifferentPaths_ReportsTheSecondAtItsId()
    {
        var first = _temp.Write("a/one.yaml", SamplePlaybooks.Valid("same-id"));
        var second = _temp.Write("b/two.yml", SamplePlaybooks.Valid("same-id"));

        var result = CliRun.Invoke("playbook", "validate", _temp.Folder("a"), second);

        result.AssertProblem(second, 4, 7, $"duplicate playbook id 'same-id': {first} already uses it");
        Assert.Single(result.OutputLines);
        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
    }

    [Fact]
    public void Validate_SameFileThroughItsFolderAndByName_IsCheckedOnceNotCalledADuplicate()
    {
        var file = _temp.Write("valid.yaml", SamplePlaybooks.Valid("fine"));

        var result = CliRun.Invoke("playbook", "validate", _temp.Path, file);

        Assert.Equal("", result.Output);
        Assert.Equal("1 playbook(s) valid", result.Error.Trim());
        Assert.Equal(ExitCodes.Success, result.ExitCode);
    }

    [Fact]
    public void Validate_NoCatalog_SkipsConnectorChecksButKeepsTheOthers()
    {
        var broken = _temp.Write("broken.yaml", SamplePlaybooks.Broken);
        var syntax = _temp.Write("syntax.yaml", SamplePlaybooks.SyntaxError);

        var result = CliRun.Invoke("playbook", "validate", "--no-catalog", _temp.Path);

        result.AssertProblem(broken, 8, 1, "did you mean 'steps'?");
        result.AssertProblem(broken, 17, 35, "expected an expression");
        result.AssertProblem(syntax, 6, 1, "invalid YAML");
        Assert.DoesNotContain(result.OutputLines, line => line.StartsWith($"{broken}:11:", StringComparison.Ordinal));
        Assert.DoesNotContain(result.OutputLines, line => line.StartsWith($"{broken}:15:", StringComparison.Ordinal));
        Assert.Equal(3, result.OutputLines.Count);
        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
    }

    [Fact]
    public void Validate_ForeignConnector_FailsWithTheCatalogAndPassesWithNoCatalog()
    {
        var foreign = _temp.Write("foreign.yaml", SamplePlaybooks.ForeignConnector);

        var checkedResult = CliRun.Invoke("playbook", "validate", foreign);
        var uncheckedResult = CliRun.Invoke("playbook", "validate", foreign, "--no-catalog");

        checkedResult.AssertProblem(foreign, 10, 13, "no connector 'firewall'");
        Assert.Equal(ExitCodes.ProblemsFound, checkedResult.ExitCode);
        Assert.Equal("", uncheckedResult.Output);
        Assert.Equal(ExitCodes.Success, uncheckedResult.ExitCode);
    }

    [Fact]
    public void Validate_PlaybookTestFiles_AreNotCheckedAsPlaybooksInAFolderOrByName()
    {
        _temp.Write("valid.yaml", SamplePlaybooks.Valid("fine"));
        var testFile = _temp.Write("valid.test.yaml", SamplePlaybooks.TestFile("fine"));
        _temp.Write("other.test.yml", SamplePlaybooks.TestFile("fine"));

        var result = CliRun.Invoke("playbook", "validate", _temp.Path, testFile);

        Assert.Equal("", result.Output);
        Assert.Equal("1 playbook(s) valid", result.Error.Trim());
        Assert.Equal(ExitCodes.Success, result.ExitCode);
    }

    [Fact]
    public void Validate_EmptyFolder_IsAProblemNotASilentPass()
    {
        var empty = _temp.Folder("empty");
        _temp.Write("empty/notes.txt", "not a playbook");

        var result = CliRun.Invoke("playbook", "validate", empty);

        Assert.Equal([$"{empty}:0:0: error: no playbook files in this folder (looked for *.yaml and *.yml, not counting *.test.yaml)"], result.OutputLines);
        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
    }

    [Fact]
    public void Validate_MistypedOption_IsAUsageErrorNotAMissingFile()
    {
        _temp.Write("valid.yaml", SamplePlaybooks.Valid("fine"));

        var result = CliRun.Invoke("playbook", "validate", "--no-catalgo", _temp.Path);

        Assert.Contains("Unknown option '--no-catalgo'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", result.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
    }

    [Fact]
    public void Validate_NoPath_IsAUsageError()
    {
        var result = CliRun.Invoke("playbook", "validate");

        Assert.NotEqual("", result.Error.Trim());
        Assert.Equal(ExitCodes.CommandFailed, result.ExitCode);
    }
}
