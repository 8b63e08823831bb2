using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Cli.Runs;

namespace AgentSoar.Cli.DeadLetters;

/// <summary>
/// <c>agentsoar dead-letters list|show|replay</c>: bus messages a service gave up on, through a server's API (a key with
/// the responder or admin role). Not the alerts intake refused: those are the rejected alerts.
/// </summary>
internal static class DeadLettersCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create(Func<Uri, string, ApiClient>? clients = null)
    {
        clients ??= (url, key) => new ApiClient(url, key);
        return new Command("dead-letters", "Bus messages a service gave up on (after the retries, or unreadable), each also in its queue's _error queue: list them, show one, replay one (a key with the responder or admin role).")
        {
            List(clients),
            Show(clients),
            Replay(clients),
        };
    }

    private static Command List(Func<Uri, string, ApiClient> clients)
    {
        var limit = new Option<int>("--limit") { Description = "How many, newest first (at most 500).", DefaultValueFactory = _ => 50 };
        var format = Format();
        var command = new Command("list", "Lists the newest dead letters: id, when, the queue, the message type, the reason, and whether it was replayed.") { limit, format };
        return WithServer(command, clients, refusalIsProblem: false, async (parse, api, output, ct) =>
        {
            var (letters, failure) = await api.GetAsync($"dead-letters?limit={parse.GetValue(limit)}", ct);
            if (failure is not null)
            {
                return failure;
            }

            if (parse.GetValue(format) == "json")
            {
                await output.WriteLineAsync(letters?.ToJsonString(Indented) ?? "[]");
                return null;
            }

            var all = letters?.AsArray() ?? [];
            foreach (var letter in all)
            {
                await output.WriteLineAsync(DeadLetterText.Line(letter));
            }

            await output.WriteLineAsync(all.Count == 0 ? "no dead letters" : $"{all.Count} dead letter(s); 'agentsoar dead-letters show ID' for one with its body");
            return null;
        });
    }

    private static Command Show(Func<Uri, string, ApiClient> clients)
    {
        var id = new Argument<Guid>("id") { Description = "The dead letter's id." };
        var format = Format();
        var command = new Command("show", "Shows one dead letter with its reason and its body (secret-named fields masked).") { id, format };
        return WithServer(command, clients, refusalIsProblem: false, async (parse, api, output, ct) =>
        {
            var (letter, failure) = await api.GetAsync($"dead-letters/{parse.GetValue(id)}", ct);
            if (failure is not null || letter is null)
            {
                return failure ?? "the server sent no dead letter";
            }

            await output.WriteLineAsync(parse.GetValue(format) == "json" ? letter.ToJsonString(Indented) : DeadLetterText.Details(letter));
            return null;
        });
    }

    private static Command Replay(Func<Uri, string, ApiClient> clients)
    {
        var id = new Argument<Guid>("id") { Description = "The dead letter to replay, once its cause is fixed." };
        var command = new Command("replay", "Sends a dead letter's message back to the queue it failed on, once; recorded with your name and audited.") { id };
        return WithServer(command, clients, refusalIsProblem: true, async (parse, api, output, ct) =>
        {
            var (answer, failure) = await api.PostAsync($"dead-letters/{parse.GetValue(id)}/replay", new JsonObject(), ct);
            if (failure is not null)
            {
                return failure;
            }

            await output.WriteLineAsync($"replayed: {answer?["detail"]}");
            return null;
        });
    }

    private static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "text or json (the API's answer, as it came).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }

    /// <summary>
    /// Adds --server and --key-file, and runs <paramref name="run"/> with a client; what it returns is an error (exit 2;
    /// exit 1 for a refusal, a 4xx answer, when <paramref name="refusalIsProblem"/>), null is success.
    /// </summary>
    private static Command WithServer(Command command, Func<Uri, string, ApiClient> clients, bool refusalIsProblem, Func<ParseResult, ApiClient, TextWriter, CancellationToken, Task<string?>> run)
    {
        var server = new ServerOptions();
        server.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var (url, key, problem) = server.Resolve(parse);
            if (problem is not null)
            {
                await error.WriteLineAsync($"agentsoar: {problem}");
                return ExitCodes.CommandFailed;
            }

            using var api = clients(url!, key!);
            var failure = await run(parse, api, parse.InvocationConfiguration.Output, ct);
            if (failure is not null)
            {
                await error.WriteLineAsync($"agentsoar: {failure}");
                return refusalIsProblem && failure.StartsWith("the server answered 4", StringComparison.Ordinal) ? ExitCodes.ProblemsFound : ExitCodes.CommandFailed;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
