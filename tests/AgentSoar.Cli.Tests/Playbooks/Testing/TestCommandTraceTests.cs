using AgentSoar.Cli.Tests.TestSupport;

namespace AgentSoar.Cli.Tests.Playbooks.Testing;

public sealed class TestCommandTraceTests : IDisposable
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
          - id: verdict
            if: "${{ steps.enrich.output.verdict == 'malicious' }}"
            then:
              - id: block
                action: simulation.block_ip
                with: { ip: "${{ inputs.ip }}" }
        """;

    private const string Tests = """
        cases:
          - name: passes
            alert: &a { class_uid: 2004, severity_id: 3, finding_info: { uid: u, title: t }, observables: [ { type_id: 2, value: 198.51.100.9 } ] }
            actions: { enrich: { output: { verdict: unknown } } }
            expect: { status: succeeded }
          - name: wrongly expects a block
            alert: *a
            actions: { enrich: { output: { verdict: unknown, score: 5 } } }
            expect: { status: succeeded, steps: { block: succeeded } }
        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Test_TraceOption_PrintsTheTraceUnderFailingCasesOnly()
    {
        _temp.Write("note-ip.yaml", Playbook);
        _temp.Write("note-ip.test.yaml", Tests);

        var result = CliRun.Invoke("playbook", "test", "--trace", _temp.Path);

        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
        var lines = result.OutputLines;
        var failing = lines.ToList().FindIndex(l => l.EndsWith(": wrongly expects a block", StringComparison.Ordinal));
        Assert.Equal("    run of note-ip v1 (test): succeeded in 1 s", lines[failing + 2]);
        Assert.Contains("    - enrich [action simulation.lookup_ip] succeeded in 1 s", lines);
        Assert.Contains("        output: {\"verdict\":\"unknown\",\"score\":5}", lines);
        Assert.Contains("        branch: else (the condition `steps.enrich.output.verdict == 'malicious'` was false: took 'else')", lines);
        Assert.Single(lines, l => l.StartsWith("    run of ", StringComparison.Ordinal));
    }

    [Fact]
    public void Test_WithoutTraceOption_PrintsNoTrace()
    {
        _temp.Write("note-ip.yaml", Playbook);
        _temp.Write("note-ip.test.yaml", Tests);

        var result = CliRun.Invoke("playbook", "test", _temp.Path);

        Assert.DoesNotContain(result.OutputLines, l => l.Contains("run of ", StringComparison.Ordinal));
    }
}
