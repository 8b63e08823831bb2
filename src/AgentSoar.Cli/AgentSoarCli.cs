using System.CommandLine;
using System.CommandLine.Invocation;
using AgentSoar.Cli.Alerts;
using AgentSoar.Cli.Cacao;
using AgentSoar.Cli.Connectors;
using AgentSoar.Cli.DeadLetters;
using AgentSoar.Cli.Help;
using AgentSoar.Cli.Planner;
using AgentSoar.Cli.Playbooks;
using AgentSoar.Cli.Runs;
using AgentSoar.Cli.Users;

namespace AgentSoar.Cli;

/// <summary>The <c>agentsoar</c> command line: its commands, and an entry point that writes only to the writers it is given.</summary>
public static class AgentSoarCli
{
    /// <summary>The root command with every subcommand.</summary>
    /// <param name="time">The clock simulated runs read; the system clock when null.</param>
    /// <returns>A new command tree.</returns>
    public static RootCommand CreateRootCommand(TimeProvider? time = null)
    {
        var root = new RootCommand("AgentSoar: security orchestration, automation and response. Check response playbooks before they run.")
        {
            PlaybookCommand.Create(time ?? TimeProvider.System),
            CacaoCommand.Create(time ?? TimeProvider.System),
            RunCommand.Create(),
            ConnectorCommand.Create(),
            AlertsCommand.Create(time ?? TimeProvider.System),
            PlannerCommand.Create(time ?? TimeProvider.System),
            UsersCommand.Create(),
            DeadLettersCommand.Create(),
        };
        ExitCodesHelp.AddTo(root);
        return root;
    }

    /// <summary>Parses <paramref name="args"/>, runs the command and returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="output">Where results and help go.</param>
    /// <param name="error">Where summaries and usage errors go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, TimeProvider.System);

    /// <summary>As <see cref="Run(string[], TextWriter, TextWriter)"/>, with the clock simulated runs read (tests fix it).</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="output">Where results and help go.</param>
    /// <param name="error">Where summaries and usage errors go.</param>
    /// <param name="time">The clock.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(time);

        var parseResult = CreateRootCommand(time).Parse(args);
        var exitCode = parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });

        // System.CommandLine answers a usage error with 1, which here means "the playbooks have problems";
        // a CI script must be able to tell a broken playbook from a broken command line.
        return parseResult.Action is ParseErrorAction ? ExitCodes.CommandFailed : exitCode;
    }
}
