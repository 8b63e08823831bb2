using System.CommandLine;
using AgentSoar.Intake;

namespace AgentSoar.Cli.Alerts;

/// <summary>The <c>agentsoar alerts normalize</c> command group.</summary>
internal static class AlertsCommand
{
    /// <param name="time">The clock read for alerts that carry no time of their own.</param>
    public static Command Create(TimeProvider time) =>
        new("alerts", "Work with incoming alerts.")
        {
            CreateNormalize(time),
        };

    private static Command CreateNormalize(TimeProvider time)
    {
        var file = new Argument<string>("file") { Description = "The alert (JSON) to normalise." };
        var format = new Option<string>("--format")
        {
            Description = "How to read the alert: auto (OCSF if it has class_uid, Sigma if it has rule and event, else the mapping whose match fits), ocsf, sigma or mapping:NAME.",
            DefaultValueFactory = _ => "auto",
        };
        var mappings = new Option<string?>("--mappings")
        {
            Description = "A folder of mapping files (*.yaml) used besides the shipped ones (elastic, wazuh); a file replaces a shipped mapping of the same name.",
        };
        var command = new Command(
            "normalize",
            "Normalise an alert into an OCSF Detection Finding (class_uid 2004) and print it as JSON on standard output. "
            + "Why an alert cannot be normalised goes to standard error, with the JSON path of the problem.")
        {
            file,
            format,
            mappings,
        };
        command.Validators.Add(result =>
        {
            try
            {
                AlertFormat.Parse(result.GetValue(format) ?? "auto");
            }
            catch (FormatException e)
            {
                result.AddError("--format: " + e.Message);
            }
        });
        command.SetAction(parseResult => AlertNormalizeRun.Run(
            parseResult.GetValue(file)!,
            AlertFormat.Parse(parseResult.GetValue(format) ?? "auto"),
            parseResult.GetValue(mappings),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            time));
        return command;
    }
}
