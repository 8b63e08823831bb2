using AgentSoar.Cli.Tests.TestSupport;

namespace AgentSoar.Cli.Tests.Playbooks.Validation;

/// <summary>Inputs are checked against what the real first-party actions declare: required ones given, plain values of a type they take.</summary>
public sealed class InputSpecValidationTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Validate_MissingRequiredInputAndWrongLiteralTypes_AreEachReported()
    {
        var file = _temp.Write("typed.yaml", """
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: { id: typed, name: Typed }
            steps:
              - id: block
                action: simulation.block_ip
                with: { duration: 24h }
              - id: note
                action: simulation.comment
                with: { text: [not, a, string] }
              - id: fine
                action: simulation.comment
                with: { text: "${{ steps.block.status }}" }
            """);

        var result = CliRun.Invoke("playbook", "validate", file);

        Assert.Equal(ExitCodes.ProblemsFound, result.ExitCode);
        result.AssertProblem(file, 6, 13, "action 'simulation.block_ip' needs the input 'ip'");
        result.AssertProblem(file, 10, 19, "input 'text' of 'simulation.comment' takes string, not array");
        Assert.Equal(2, result.OutputLines.Count);
    }

    [Fact]
    public void Validate_NoCatalog_SkipsTypeChecks()
    {
        var file = _temp.Write("typed.yaml", """
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: { id: typed, name: Typed }
            steps:
              - id: block
                action: simulation.block_ip
                with: { duration: 24h }
            """);

        Assert.Equal(ExitCodes.Success, CliRun.Invoke("playbook", "validate", "--no-catalog", file).ExitCode);
    }
}
