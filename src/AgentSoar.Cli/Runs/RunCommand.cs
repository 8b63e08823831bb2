using System.CommandLine;
using System.Text.Json.Nodes;
using AgentSoar.Cli.Playbooks.Tracing;

namespace AgentSoar.Cli.Runs;

/// <summary><c>agentsoar run show RUN_ID</c> and <c>agentsoar run rollback RUN_ID</c>: runs on a server, through its API.</summary>
internal static class RunCommand
{
    public static Command Create(Func<Uri, string, ApiClient>? clients = null)
    {
        clients ??= (url, key) => new ApiClient(url, key);
        return new Command("run", "Runs on an AgentSoar server, through its API (a key with the analyst or responder role).")
        {
            Show(clients),
            Rollback(clients),
        };
    }

    private static Command Show(Func<Uri, string, ApiClient> clients)
    {
        var server = new ServerOptions();
        var id = new Argument<Guid>("run-id") { Description = "The run's id." };
        var format = new Option<string>("--format") { Description = "text (a readable tree) or json (the API's run, as it came).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("show", "Prints a run's trace: each step's status, timing, inputs (secrets masked), output, error, and the expression and value that decided each branch.")
        {
            id,
            format,
        };
        server.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var (url, key, problem) = server.Resolve(parse);
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (problem is not null)
            {
                await error.WriteLineAsync($"agentsoar: {problem}");
                return ExitCodes.CommandFailed;
            }

            using var api = clients(url!, key!);
            var (run, failure) = await api.GetAsync($"runs/{parse.GetValue(id)}", ct);
            if (failure is not null || run is null)
            {
                await error.WriteLineAsync($"agentsoar: {failure ?? "the server sent no run"}");
                return ExitCodes.CommandFailed;
            }

            if (parse.GetValue(format) == "json")
            {
                await output.WriteLineAsync(run.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                TextTracePrinter.Write(RunViewTrace.From(run), output);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Rollback(Func<Uri, string, ApiClient> clients)
    {
        var server = new ServerOptions();
        var id = new Argument<Guid>("run-id") { Description = "The finished run to roll back." };
        var reason = new Option<string?>("--reason") { Description = "Why, for the audit trail." };
        var command = new Command("rollback", "Rolls back a finished run: its undoable actions are undone newest first, each through the approval gate, with you as proposer.")
        {
            id,
            reason,
        };
        server.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var (url, key, problem) = server.Resolve(parse);
            if (problem is not null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"agentsoar: {problem}");
                return ExitCodes.CommandFailed;
            }

            using var api = clients(url!, key!);
            var (_, failure) = await api.PostAsync($"runs/{parse.GetValue(id)}/rollback", new JsonObject { ["reason"] = parse.GetValue(reason) }, ct);
            if (failure is not null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"agentsoar: {failure}");
                return ExitCodes.ProblemsFound;
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"rolling back run {parse.GetValue(id)}: each undo waits for its approval; follow it with 'agentsoar run show {parse.GetValue(id)}'");
            return ExitCodes.Success;
        });
        return command;
    }
}
