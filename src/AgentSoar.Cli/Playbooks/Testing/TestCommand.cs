using System.CommandLine;

namespace AgentSoar.Cli.Playbooks.Testing;

/// <summary>The <c>agentsoar playbook test PATH...</c> command.</summary>
internal static class TestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Playbook test files (NAME.test.yaml), or folders searched recursively for them. Each tests the playbook of its id in its own folder.",
            Arity = ArgumentArity.OneOrMore,
        };
        var trace = new Option<bool>("--trace")
        {
            Description = "Under each failing case, print the run's trace: every step with its status, inputs, output, error and the branch it took.",
        };
        var command = new Command(
            "test",
            "Run playbook tests on the real engine with no bus and no connector: each action's result and each approval come from the test file. "
            + "Prints PASS or FAIL per case, the differences under each failure, and 'N passed, M failed'.")
        {
            paths,
            trace,
        };
        command.SetAction(parseResult => PlaybookTesting.Run(
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(trace),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }
}
