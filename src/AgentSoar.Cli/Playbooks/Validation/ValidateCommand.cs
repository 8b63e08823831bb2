using System.CommandLine;
using System.CommandLine.Parsing;

namespace AgentSoar.Cli.Playbooks.Validation;

/// <summary>The <c>agentsoar playbook validate PATH...</c> command: its arguments, options and help text.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Playbook files, or folders searched recursively for *.yaml and *.yml files.",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(RejectUnknownOptions);
        var noCatalog = new Option<bool>("--no-catalog")
        {
            Description = "Skip the connector checks (unknown connectors and actions, 'with' inputs an action does not take), "
                + "for playbooks written for connectors this build does not have. Every other check still runs.",
        };
        var command = new Command(
            "validate",
            "Check playbooks without running them and report every problem, one per line on standard output as "
            + "'file:line:col: error: message', with a count on standard error.")
        {
            paths,
            noCatalog,
        };
        command.SetAction(parseResult => PlaybookValidation.Run(
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(noCatalog),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    // The parser hands an unknown option such as a mistyped '--no-catalgo' to the path argument; calling it a
    // missing file would hide the typo, so it is a usage error unless such a file really exists.
    private static void RejectUnknownOptions(ArgumentResult result)
    {
        foreach (var token in result.Tokens.Select(token => token.Value))
        {
            if (token.StartsWith('-') && !File.Exists(token) && !Directory.Exists(token))
            {
                result.AddError($"Unknown option '{token}'. A path that starts with '-' can be written ./{token}.");
            }
        }
    }
}
