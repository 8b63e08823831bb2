using System.CommandLine;

namespace AgentSoar.Cli.Playbooks.Running;

/// <summary>The <c>agentsoar playbook run PLAYBOOK --alert ALERT --simulate</c> command.</summary>
internal static class PlaybookRunCommand
{
    public static Command Create(TimeProvider time)
    {
        var playbook = new Argument<string>("playbook") { Description = "The playbook file (YAML) to run." };
        var alert = new Option<string>("--alert")
        {
            Description = "The alert the run starts from: a JSON file holding one OCSF finding (at most 1 MiB, UTF-8).",
            Required = true,
        };
        var simulate = new Option<bool>("--simulate")
        {
            Description = "Simulate the run: mutating actions are recorded, never performed. Required: real runs go through the server.",
        };
        var inputs = new Option<string[]>("--input")
        {
            Description = "A playbook input as name=value (repeat for several); it wins over what the input takes from the alert.",
        };
        var approve = new Option<string>("--approve")
        {
            Description = "Grant (all) or deny (none) every approval the run asks for, to see either path.",
            DefaultValueFactory = _ => "all",
        };
        approve.AcceptOnlyFromAmong("all", "none");
        var format = new Option<string>("--format")
        {
            Description = "How to print the trace: text (a readable tree) or json (one document for programs).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command(
            "run",
            "Simulate a playbook on an alert with the real engine, in process: mutating actions are recorded, not performed; "
            + "read-only actions of the simulation connector run. Prints the trace: each step's status, timing, inputs (secrets masked), "
            + "output, error, and for if and switch the expression and the value it took.")
        {
            playbook,
            alert,
            simulate,
            inputs,
            approve,
            format,
        };
        command.SetAction((parseResult, cancellationToken) => PlaybookRunning.RunAsync(
            new RunRequest(
                parseResult.GetValue(playbook)!,
                parseResult.GetValue(alert)!,
                parseResult.GetValue(simulate),
                parseResult.GetValue(inputs) ?? [],
                parseResult.GetValue(approve) == "none" ? ApprovalMode.None : ApprovalMode.All,
                parseResult.GetValue(format) == "json"),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            time,
            cancellationToken));
        return command;
    }
}
