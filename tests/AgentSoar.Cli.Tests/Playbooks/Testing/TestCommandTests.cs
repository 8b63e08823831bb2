using AgentSoar.Cli.Tests.TestSupport;

namespace AgentSoar.Cli.Tests.Playbooks.Testing;

public sealed class TestCommandTests : IDisposable
{
    private const string Playbook = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: note-ip, name: Note an IP }
        inputs:
          ip: { type: ip, required: true, from: "${{ first_observable(alert, 'ip') }}" }
        steps:
          - id: enrich
            action: simulation.lookup_ip
            with: { ip: "${{ inputs.ip }}" }
          - id: block
            action: simulation.block_ip
            if: "${{ steps.enrich.output.verdict == 'malicious' }}"
            with: { ip: "${{ inputs.ip }}" }
        outputs:
          blocked: "${{ steps.block.status == 'succeeded' }}"
        """;

    private const string Alert = """
            alert:
              class_uid: 2004
              severity_id: 3
              finding_info: { uid: u, title: t }
              observables: [ { type_id: 2, value: 198.51.100.9 } ]
        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Test_ShippedPlaybooks_AllPass()
    {
        var result = CliRun.Invoke("playbook", "test", Path.Combine(RepositoryRoot.Path, "playbooks"));

        Assert.True(result.ExitCode == ExitCodes.Success, result.Output + result.Error);
        Assert.DoesNotContain("FAIL", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^[1-9]\d* passed, 0 failed$", result.Output);
    }

    [Fact]
    public void Test_PassingAndFailingCases_AreEachReportedAndExitOne()
    {
        _temp.Write("note-ip.yaml", Playbook);
        _temp.Write("note-ip.test.yaml", "cases:\n  - name: blocks when malicious\n" + Alert + """

                actions:
                  enrich: { output: { verdict: malicious } }
                  block: { output: { blocked: true } }
                approvals: { block: approve }
                expect: { status: succeeded, outputs: { blocked: true } }
              - name: wrongly expects a block
            """ + "\n" + Alert + """

                actions:
                  enrich: { output: { verdict: unknown } }
                expect: { status: succeeded, steps: { block: succeeded } }
            """);

        var result = CliRun.Invoke("playbook", "test", _temp.Path);

        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
        Assert.Contains(result.OutputLines, l => l.StartsWith("PASS ", StringComparison.Ordinal) && l.EndsWith(": blocks when malicious", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => l.StartsWith("FAIL ", StringComparison.Ordinal) && l.EndsWith(": wrongly expects a block", StringComparison.Ordinal));
        Assert.Contains("    step 'block': expected succeeded, got skipped", result.OutputLines);
        Assert.Equal("1 passed, 1 failed", result.OutputLines[^1]);
    }

    [Fact]
    public void Test_TestForAMissingPlaybook_Fails()
    {
        _temp.Write("ghost.test.yaml", "cases:\n  - name: x\n" + Alert + "\n    expect: { status: succeeded }\n");

        var result = CliRun.Invoke("playbook", "test", _temp.Path);

        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
        Assert.Contains(result.OutputLines, l => l.Contains("no valid playbook 'ghost'", StringComparison.Ordinal));
    }

    [Fact]
    public void Test_NoTestFiles_IsAProblem()
    {
        var result = CliRun.Invoke("playbook", "test", _temp.Folder("empty"));

        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
        Assert.Contains("no playbook tests found", result.Error, StringComparison.Ordinal);
    }
}
