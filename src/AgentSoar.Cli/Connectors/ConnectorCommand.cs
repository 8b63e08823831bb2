using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AgentSoar.ConnectorHost.Configuration;
using AgentSoar.Contracts.Connectors;

namespace AgentSoar.Cli.Connectors;

/// <summary>
/// <c>agentsoar connector list</c>, <c>new</c> and <c>test</c>: the first-party catalog, a new connector from the template,
/// and the conformance kit against a built plugin.
/// </summary>
internal static class ConnectorCommand
{
    private static readonly JsonSerializerOptions Json = CreateJsonOptions();

    public static Command Create() => new("connector", "Connectors: the first-party catalog, a new connector project from the template, and the conformance kit against a built plugin.")
    {
        List(),
        New(),
        ConnectorTestCommand.Create(),
    };

    private static Command List()
    {
        var format = new Option<string>("--format") { Description = "text (one line per action) or json (everything, schemas included).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("list", "Lists the first-party connectors and their actions: risk, whether they change anything, their undo action, and (in json) their input and output schemas.")
        {
            format,
        };
        command.SetAction(async (parse, ct) =>
        {
            IReadOnlyList<ConnectorInfo> catalog;
            try
            {
                catalog = FirstPartyConnectors.LoadCatalog();
            }
            catch (ConnectorConfigurationException exception)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"agentsoar: the connectors could not be loaded: {exception.Message}");
                return ExitCodes.CommandFailed;
            }

            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(ToJson(catalog), Json));
                return ExitCodes.Success;
            }

            foreach (var connector in catalog)
            {
                await output.WriteLineAsync($"{connector.Name} {connector.Version}: {connector.Description}");
                foreach (var action in connector.Actions)
                {
                    var change = action.Mutating ? "mutating" : "read-only";
                    var undo = action.UndoAction is null ? "" : $", undo {action.UndoAction}";
                    await output.WriteLineAsync($"  {connector.Name}.{action.Name}  {action.Risk.ToString().ToLowerInvariant()}, {change}{undo}: {action.Description}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command New()
    {
        var name = new Argument<string>("name") { Description = "The connector's name in PascalCase (Acme): the project is AgentSoar.Connectors.Acme, the connector 'acme'." };
        var output = new Option<string?>("--output", "-o") { Description = "The folder to write (default: ./NAME); it must not exist or be empty." };
        var root = new Option<string>("--agentsoar-root") { Description = "The AgentSoar source tree the projects reference, absolute or relative to the new folder.", DefaultValueFactory = _ => ConnectorTemplate.DefaultAgentSoarRoot };
        var command = new Command("new", "Writes a new connector project and its test project, which runs the conformance kit: the files of the agentsoar-connector dotnet new template.")
        {
            name,
            output,
            root,
        };
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var connectorName = parse.GetValue(name)!;
            if (!ConnectorTemplate.IsValidName(connectorName))
            {
                await error.WriteLineAsync($"agentsoar: '{connectorName}' is not a connector name: use letters and digits, starting with a letter (Acme, ThreatBook2).");
                return ExitCodes.CommandFailed;
            }

            var folder = Path.GetFullPath(parse.GetValue(output) ?? connectorName);
            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            {
                await error.WriteLineAsync($"agentsoar: {folder} is not empty; nothing was written.");
                return ExitCodes.CommandFailed;
            }

            var written = ConnectorTemplate.Write(folder, connectorName, parse.GetValue(root)!);
            var stdout = parse.InvocationConfiguration.Output;
            foreach (var file in written)
            {
                await stdout.WriteLineAsync(Path.GetRelativePath(Directory.GetCurrentDirectory(), file));
            }

            await error.WriteLineAsync($"Connector '{connectorName.ToLowerInvariant()}' written to {folder}; run its conformance tests with: dotnet test {Path.Combine(folder, "tests")}/*");
            return ExitCodes.Success;
        });
        return command;
    }

    private static JsonArray ToJson(IReadOnlyList<ConnectorInfo> catalog) =>
        [.. catalog.Select(connector => new JsonObject
        {
            ["name"] = connector.Name,
            ["version"] = connector.Version,
            ["description"] = connector.Description,
            ["actions"] = new JsonArray([.. connector.Actions.Select(action => (JsonNode)new JsonObject
            {
                ["name"] = action.Name,
                ["description"] = action.Description,
                ["risk"] = action.Risk.ToString().ToLowerInvariant(),
                ["mutating"] = action.Mutating,
                ["idempotent"] = action.Idempotent,
                ["undo_action"] = action.UndoAction,
                ["openc2"] = action.OpenC2 is { } openC2 ? new JsonObject { ["action"] = openC2.Action, ["target"] = openC2.Target, ["profile"] = openC2.Profile } : null,
                ["input_schema"] = JsonNode.Parse(action.InputSchema.GetRawText()),
                ["output_schema"] = JsonNode.Parse(action.OutputSchema.GetRawText()),
            })]),
        })];

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
