using System.CommandLine;
using System.Text.Json.Nodes;
using AgentSoar.Cli.Runs;

namespace AgentSoar.Cli.Users;

/// <summary><c>agentsoar users add NAME --role ROLE ...</c> and <c>agentsoar users list</c>: console accounts on a server, through its API (a key with the admin role).</summary>
internal static class UsersCommand
{
    public const string PasswordVariable = "AGENTSOAR_USER_PASSWORD";

    public static Command Create(Func<Uri, string, ApiClient>? clients = null)
    {
        clients ??= (url, key) => new ApiClient(url, key);
        return new Command("users", "Console accounts on an AgentSoar server, through its API (a key with the admin role, such as the all-in-one bootstrap key).")
        {
            Add(clients),
            List(clients),
        };
    }

    private static Command Add(Func<Uri, string, ApiClient> clients)
    {
        var server = new ServerOptions();
        var name = new Argument<string>("name") { Description = "The user name (letters, digits and . _ - @)." };
        var roles = new Option<string[]>("--role") { Description = "A role: viewer, analyst, responder or admin (repeat for more).", Required = true, AllowMultipleArgumentsPerToken = false };
        var display = new Option<string?>("--display-name") { Description = "The name shown in the console (default: the user name)." };
        var passwordFile = new Option<string?>("--password-file")
        {
            Description = $"A file whose first line is the password (default: ${PasswordVariable}). Never pass a password on the command line; it is hashed by the server, never stored in clear.",
        };
        var command = new Command("add", "Makes a console account; with --role admin, the first admin of a new deployment.")
        {
            name,
            roles,
            display,
            passwordFile,
        };
        server.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var (url, key, problem) = server.Resolve(parse);
            var password = problem is null ? ReadPassword(parse.GetValue(passwordFile), out problem) : null;
            if (problem is not null)
            {
                await error.WriteLineAsync($"agentsoar: {problem}");
                return ExitCodes.CommandFailed;
            }

            using var api = clients(url!, key!);
            var body = new JsonObject
            {
                ["user_name"] = parse.GetValue(name),
                ["display_name"] = parse.GetValue(display),
                ["password"] = password,
                ["roles"] = new JsonArray((parse.GetValue(roles) ?? []).Select(r => (JsonNode?)r).ToArray()),
            };
            var (created, failure) = await api.PostAsync("users", body, ct);
            if (failure is not null)
            {
                await error.WriteLineAsync($"agentsoar: {failure}");
                return ExitCodes.ProblemsFound;
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"account {created?["user_name"]} created with roles {string.Join(", ", created?["roles"]?.AsArray().Select(r => r?.ToString()) ?? [])}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(Func<Uri, string, ApiClient> clients)
    {
        var server = new ServerOptions();
        var command = new Command("list", "Lists the console accounts: name, roles, and whether each is disabled.");
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
            var (users, failure) = await api.GetAsync("users", ct);
            if (failure is not null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"agentsoar: {failure}");
                return ExitCodes.CommandFailed;
            }

            foreach (var user in users?.AsArray() ?? [])
            {
                var state = user?["disabled"]?.GetValue<bool>() == true ? "  (disabled)" : string.Empty;
                await parse.InvocationConfiguration.Output.WriteLineAsync(
                    $"{user?["user_name"]}  {string.Join(",", user?["roles"]?.AsArray().Select(r => r?.ToString()) ?? [])}{state}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string? ReadPassword(string? file, out string? problem)
    {
        problem = null;
        var password = file is not null
            ? File.Exists(file) ? File.ReadLines(file).FirstOrDefault()?.Trim() : null
            : Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            problem = file is not null && !File.Exists(file)
                ? $"there is no password file {file}"
                : $"no password: give --password-file FILE or set ${PasswordVariable}";
        }

        return password;
    }
}
