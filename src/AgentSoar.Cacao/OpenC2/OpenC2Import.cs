using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Cacao.Import;
using AgentSoar.Cacao.Mapping;

namespace AgentSoar.Cacao.OpenC2;

/// <summary>What an OpenC2 command became: a connector action and its inputs, or the reason it stays as it is.</summary>
internal sealed record OpenC2Match(OpenC2CatalogAction? Action, JsonObject? With, string? Why)
{
    public static OpenC2Match No(string why) => new(null, null, why);
}

/// <summary>
/// An OpenC2 command as a connector action: the catalog action that declares its action and target (in the actuator
/// profile it names), with the target's value in the input the action's schema says it goes to. Anything the action
/// cannot take (another argument, an actuator specifier, a second hash) keeps the command as it is.
/// </summary>
internal static class OpenC2Import
{
    /// <summary>Command arguments that say how to answer, not what to do: an AgentSoar action always reports its result.</summary>
    private static readonly HashSet<string> TransportOnly = new(StringComparer.Ordinal) { "response_requested" };

    /// <param name="command">The OpenC2 command (decoded JSON).</param>
    /// <param name="catalog">The connector actions with an OpenC2 equivalent.</param>
    /// <param name="agentAction">The action the CACAO agent names (<c>agentsoar:connector.action</c>), if it names one.</param>
    public static OpenC2Match Map(JsonObject command, OpenC2Catalog catalog, string? agentAction)
    {
        if (command.Select(p => p.Key).FirstOrDefault(k => k is not ("action" or "target" or "args" or "actuator" or "command_id")) is { } unknown)
        {
            return OpenC2Match.No($"'{unknown}' is not a property of an OpenC2 command");
        }

        if (WorkflowGraph.Text(command, "action") is not { } action || command["target"] is not JsonObject { Count: 1 } target)
        {
            return OpenC2Match.No("it is not an OpenC2 command (an action and exactly one target)");
        }

        if (command["actuator"] is { } named && named is not JsonObject { Count: 1 })
        {
            return OpenC2Match.No("its actuator does not name exactly one profile");
        }

        if (command["args"] is { } given && given is not JsonObject { Count: > 0 })
        {
            return OpenC2Match.No("its args are not a non-empty object");
        }

        var (targetName, value) = target.First();
        var profile = command["actuator"] is JsonObject actuator ? actuator.First().Key : null;
        var candidates = catalog.Actions
            .Where(a => a.OpenC2Action == action && a.OpenC2Target == targetName && (profile is null || a.OpenC2Profile is null || a.OpenC2Profile == profile))
            .ToList();
        var pair = $"'{action} {targetName}'{(profile is null ? string.Empty : $" (actuator {profile})")}";
        if (candidates.Count == 0)
        {
            return OpenC2Match.No($"no connector action declares the OpenC2 command {pair}");
        }

        if (candidates.Count > 1)
        {
            candidates = Narrow(candidates, agentAction, catalog.PreferredConnector);
            if (candidates.Count != 1)
            {
                return OpenC2Match.No($"{candidates.Count} connector actions declare {pair} ({string.Join(", ", candidates.Select(c => c.FullName))}), and neither the CACAO agent (agentsoar:connector.action) nor a preferred connector says which");
            }
        }

        var chosen = candidates[0];
        var inputs = ActionInputs.Read(chosen.InputSchema);
        var with = new JsonObject();
        var why = Target(targetName, value, inputs, with) ?? Arguments(command["args"], inputs, with) ?? Actuator(command["actuator"]);
        if (why is null && inputs.Required.FirstOrDefault(r => !with.ContainsKey(r)) is { } missing)
        {
            why = $"{chosen.FullName} requires input '{missing}', which the command does not give";
        }

        return why is null ? new OpenC2Match(chosen, with, null) : OpenC2Match.No($"it would be {chosen.FullName}, but {why}");
    }

    private static List<OpenC2CatalogAction> Narrow(List<OpenC2CatalogAction> candidates, string? agentAction, string? preferred)
    {
        var named = candidates.Where(c => c.FullName == agentAction).ToList();
        if (named.Count == 1)
        {
            return named;
        }

        var ofPreferred = candidates.Where(c => c.Connector == preferred).ToList();
        return ofPreferred.Count > 0 ? ofPreferred : candidates;
    }

    /// <summary>The target's value into the inputs; why not, when it does not go.</summary>
    private static string? Target(string targetName, JsonNode? value, ActionInputs inputs, JsonObject with)
    {
        if (value is not JsonObject fields)
        {
            var (input, why) = inputs.Single();
            if (input is null)
            {
                return $"the target '{targetName}' is one value, and {why}";
            }

            with[input] = value?.DeepClone();
            return inputs.Misfit(input, value);
        }

        foreach (var (field, fieldValue) in fields)
        {
            if (inputs.Has(field))
            {
                with[field] = fieldValue?.DeepClone();
                if (inputs.Misfit(field, fieldValue) is { } misfit)
                {
                    return misfit;
                }
            }
            else if (field == "hashes" && inputs.Has("hash") && fieldValue is JsonObject hashes)
            {
                // OpenC2 keys a file's hashes by algorithm; an action that takes one hash takes any of them.
                if (hashes.Count != 1)
                {
                    return $"the target gives {hashes.Count} hashes ({string.Join(", ", hashes.Select(h => h.Key))}) and input 'hash' takes one";
                }

                if (!OpenC2Targets.HashByLength.Values.Contains(hashes.First().Key))
                {
                    return $"'{hashes.First().Key}' is not a hash OpenC2 names (md5, sha1, sha256)";
                }

                with["hash"] = hashes.First().Value?.DeepClone();
            }
            else
            {
                return $"the target's '{field}' has no input of that name (the inputs are {string.Join(", ", inputs.Names)})";
            }
        }

        return null;
    }

    /// <summary>
    /// Arguments an action can take: a <c>duration</c> (milliseconds in OpenC2) into a duration input of that name.
    /// Any other argument (a start time, a profile's own) changes what the command does, so it is a reason to keep it.
    /// </summary>
    private static string? Arguments(JsonNode? args, ActionInputs inputs, JsonObject with)
    {
        foreach (var (name, value) in args as JsonObject ?? [])
        {
            if (TransportOnly.Contains(name))
            {
                continue;
            }

            if (name == "duration" && inputs.Has("duration") && inputs.TakesDuration("duration")
                && value is JsonValue number && number.TryGetValue<long>(out var milliseconds) && milliseconds > 0)
            {
                with["duration"] = DurationText.FromMilliseconds(milliseconds);
                continue;
            }

            return $"the argument '{name}' has no input to go to";
        }

        return null;
    }

    /// <summary>An actuator profile is fine (it was matched); specifiers choose a device, which an action's inputs cannot.</summary>
    private static string? Actuator(JsonNode? actuator) => (actuator as JsonObject)?.First().Value switch
    {
        null when actuator is null => null,
        JsonObject { Count: 0 } => null,
        JsonObject specifiers => $"the actuator specifiers ({string.Join(", ", specifiers.Select(s => s.Key))}) choose a device, which the action's inputs cannot",
        _ => "its actuator's specifiers are not an object",
    };

    /// <summary>The OpenC2 JSON in an openc2-http command: <c>content_b64</c> as the standard says, or plain <c>content</c>.</summary>
    public static (JsonObject? Command, string? Why) Decode(JsonObject cacaoCommand)
    {
        string text;
        if (WorkflowGraph.Text(cacaoCommand, "content_b64") is { } encoded)
        {
            try
            {
                text = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            }
            catch (FormatException)
            {
                return (null, "its content_b64 is not base64");
            }
        }
        else if (WorkflowGraph.Text(cacaoCommand, "content") is { } plain)
        {
            text = plain;
        }
        else
        {
            return (null, "it has no content");
        }

        try
        {
            return JsonNode.Parse(text) is JsonObject command ? (command, null) : (null, "its content is not a JSON object");
        }
        catch (JsonException)
        {
            return (null, "its content is not JSON");
        }
    }
}
