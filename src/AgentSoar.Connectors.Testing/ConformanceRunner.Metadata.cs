using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Testing;

/// <summary>The checks that need no action to run: metadata and schemas.</summary>
public sealed partial class ConformanceRunner
{
    private static readonly HashSet<string> OpenC2Actions = new(StringComparer.Ordinal)
    {
        "scan", "locate", "query", "deny", "contain", "allow", "start", "stop", "restart", "cancel", "set",
        "update", "redirect", "create", "delete", "detonate", "restore", "copy", "investigate", "remediate",
    };

    private List<string> CheckMetadata()
    {
        using var host = Start(simulation: false);
        var connector = host.Spy.Inner;
        var problems = new List<string>();
        if (!IsName(connector.Name))
        {
            problems.Add($"connector name '{connector.Name}' must be lowercase letters, digits, '_' and '-', starting with a letter, at most 64 characters");
        }

        if (string.IsNullOrWhiteSpace(connector.Description))
        {
            problems.Add("the connector has no description");
        }

        if (string.IsNullOrWhiteSpace(connector.Version))
        {
            problems.Add("the connector has no version");
        }

        var actions = host.Connector.Actions.Values.Select(action => action.Action.Metadata).ToList();
        if (actions.Count == 0)
        {
            problems.Add("the connector has no action");
        }

        var names = actions.Select(action => action.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            problems.AddRange(ActionProblems(action, names));
        }

        if (host.Registry.Catalog.Single().Name != connector.Name)
        {
            problems.Add($"the catalog names the connector '{host.Registry.Catalog.Single().Name}', not '{connector.Name}'");
        }

        return problems;
    }

    private List<string> CheckSchemas()
    {
        using var host = Start(simulation: false);
        var problems = new List<string>();
        foreach (var registered in host.Connector.Actions.Values)
        {
            var action = registered.Action;
            foreach (var (kind, type) in new[] { ("input", action.InputType), ("output", action.OutputType) })
            {
                JsonNode? schema = null;
                try
                {
                    schema = ConnectorJson.GetSchema(type);
                }
                catch (Exception exception) when (exception is InvalidOperationException or NotSupportedException or ArgumentException)
                {
                    problems.Add($"{action.Metadata.Name}: no {kind} schema for {type.Name}: {exception.Message}");
                    continue;
                }

                if (!IsObjectSchema(schema))
                {
                    problems.Add($"{action.Metadata.Name}: the {kind} schema of {type.Name} is not an object schema: {schema?.ToJsonString()}");
                }
            }

            if (registered.Info.InputSchema.ValueKind != JsonValueKind.Object || registered.Info.OutputSchema.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{action.Metadata.Name}: the catalog's schemas are not JSON objects");
            }
        }

        return problems;
    }

    private static bool IsObjectSchema(JsonNode? schema) => schema is JsonObject root && root["type"] switch
    {
        JsonValue value => value.GetValue<string>() == "object",
        JsonArray types => types.Any(type => type?.GetValue<string>() == "object"),
        _ => root["properties"] is JsonObject,
    };

    private static IEnumerable<string> ActionProblems(ActionMetadata action, HashSet<string> names)
    {
        if (!IsName(action.Name))
        {
            yield return $"action name '{action.Name}' must be lowercase letters, digits, '_' and '-', starting with a letter, at most 64 characters";
        }

        if (string.IsNullOrWhiteSpace(action.Description))
        {
            yield return $"{action.Name}: no description";
        }

        if (!Enum.IsDefined(action.Risk))
        {
            yield return $"{action.Name}: risk {(int)action.Risk} is not an ActionRisk";
        }

        if (action.UndoAction is { } undo)
        {
            if (!names.Contains(undo))
            {
                yield return $"{action.Name}: undo action '{undo}' is not an action of the connector";
            }
            else if (undo == action.Name)
            {
                yield return $"{action.Name}: an action cannot be its own undo";
            }

            if (!action.Mutating)
            {
                yield return $"{action.Name}: declares an undo but is not mutating";
            }
        }

        if (action.OpenC2 is { } openC2)
        {
            if (!OpenC2Actions.Contains(openC2.Action))
            {
                yield return $"{action.Name}: OpenC2 action '{openC2.Action}' is not an OpenC2 action ({string.Join(", ", OpenC2Actions.Order(StringComparer.Ordinal))})";
            }

            if (openC2.Target is null || !OpenC2Target().IsMatch(openC2.Target))
            {
                yield return $"{action.Name}: OpenC2 target '{openC2.Target}' must be a name like 'ipv4_net' or 'profile:name' like 'er:account'";
            }
            else if (openC2.Target.Split(':') is [var ns, _] && openC2.Profile != ns)
            {
                yield return $"{action.Name}: OpenC2 target '{openC2.Target}' belongs to profile '{ns}', but the mapping names profile '{openC2.Profile}'";
            }

            if (openC2.Profile is { } profile && !OpenC2Name().IsMatch(profile))
            {
                yield return $"{action.Name}: OpenC2 profile '{profile}' must be a short lowercase name like 'slpf' or 'er'";
            }
        }
    }

    private static bool IsName(string? name) => name is not null && name.Length <= 64 && Name().IsMatch(name);

    [GeneratedRegex("^[a-z][a-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    [GeneratedRegex("^[a-z][a-z0-9_]*(:[a-z][a-z0-9_]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OpenC2Target();

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex OpenC2Name();
}
