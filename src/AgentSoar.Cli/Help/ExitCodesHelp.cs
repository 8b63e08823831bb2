using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace AgentSoar.Cli.Help;

/// <summary>
/// Adds an "Exit codes:" section after every help page: scripts and CI act on the code, so it belongs where
/// users look first. System.CommandLine 2.0 keeps its help layout API internal, hence a wrapping action.
/// </summary>
internal sealed class ExitCodesHelp(CommandLineAction standardHelp) : SynchronousCommandLineAction
{
    private static readonly string[] Lines =
    [
        "Exit codes:",
        $"  {ExitCodes.Success}  nothing wrong was found",
        $"  {ExitCodes.ProblemsFound}  problems were found (invalid playbooks, missing paths, failing tests, a simulated run that failed or was denied, a connector failing a conformance check); they are on standard output",
        $"  {ExitCodes.CommandFailed}  the command could not run (a usage error, the connectors or a plugin failed to load, an unusable playbook, alert or settings file); the reason is on standard error",
    ];

    // Like the help it wraps, it must run even when the rest of the command line has errors.
    public override bool ClearsParseErrors => true;

    public static void AddTo(RootCommand root)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is { } standard)
            {
                help.Action = new ExitCodesHelp(standard);
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        var exitCode = standardHelp is SynchronousCommandLineAction synchronous ? synchronous.Invoke(parseResult) : 0;
        var output = parseResult.InvocationConfiguration.Output;
        foreach (var line in Lines)
        {
            output.WriteLine(line);
        }

        output.WriteLine();
        return exitCode;
    }
}
