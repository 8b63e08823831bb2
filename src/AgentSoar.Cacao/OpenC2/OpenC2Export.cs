using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Cacao.Mapping;

namespace AgentSoar.Cacao.OpenC2;

/// <summary>
/// A connector action that declares an OpenC2 equivalent, as that OpenC2 command: its inputs placed in the target
/// (and a duration in the arguments) the way import reads them back. When they do not all have a place, or the
/// command would not read back as the same action and inputs, the action is not written as OpenC2.
/// </summary>
internal static class OpenC2Export
{
    /// <param name="action">The catalog action the step runs.</param>
    /// <param name="with">The step's inputs, as CACAO values (variables as <c>__name__:value</c>).</param>
    /// <param name="catalog">The catalog, to check the command reads back as this action.</param>
    public static (JsonObject? Command, string? Why) Command(OpenC2CatalogAction action, JsonObject with, OpenC2Catalog catalog)
    {
        var inputs = ActionInputs.Read(action.InputSchema);
        var args = new JsonObject();
        JsonNode? target;
        string? why;
        if (OpenC2Targets.Text.Contains(action.OpenC2Target))
        {
            (target, why) = TextTarget(action, inputs, with, args);
        }
        else if (OpenC2Targets.Objects.TryGetValue(action.OpenC2Target, out var fields))
        {
            (target, why) = ObjectTarget(inputs, fields, with, args);
        }
        else
        {
            (target, why) = (null, $"'{action.OpenC2Target}' is not a target of the OpenC2 1.0 language, so where the inputs go in it is not known");
        }

        if (target is null)
        {
            return (null, why);
        }

        var command = new JsonObject { ["action"] = action.OpenC2Action, ["target"] = new JsonObject { [action.OpenC2Target] = target } };
        if (args.Count > 0)
        {
            command["args"] = args;
        }

        if (action.OpenC2Profile is { } profile)
        {
            command["actuator"] = new JsonObject { [profile] = new JsonObject() };
        }

        // A duration comes back as the same time written the shortest way (24h as 1d): that is the same input.
        var expected = with.DeepClone().AsObject();
        if (args["duration"] is JsonValue duration)
        {
            expected["duration"] = DurationText.FromMilliseconds(duration.GetValue<long>());
        }

        var back = OpenC2Import.Map(command, catalog, action.FullName);
        return back.Action == action && JsonNode.DeepEquals(back.With, expected)
            ? (command, null)
            : (null, $"the OpenC2 command would not read back as the same action and inputs ({back.Why ?? $"it reads as {back.Action?.FullName} with {back.With?.ToJsonString()}"})");
    }

    private static (JsonNode? Target, string? Why) TextTarget(OpenC2CatalogAction action, ActionInputs inputs, JsonObject with, JsonObject args)
    {
        var (input, why) = inputs.Single();
        if (input is null)
        {
            return (null, $"the target '{action.OpenC2Target}' is one value, and {why}");
        }

        if (!with.TryGetPropertyValue(input, out var value))
        {
            return (null, $"input '{input}', the target's value, is not given");
        }

        foreach (var (name, other) in with.Where(w => w.Key != input))
        {
            if (Argument(inputs, name, other, args) is { } misplaced)
            {
                return (null, misplaced);
            }
        }

        return (value?.DeepClone(), null);
    }

    private static (JsonNode? Target, string? Why) ObjectTarget(ActionInputs inputs, IReadOnlyList<string> fields, JsonObject with, JsonObject args)
    {
        var target = new JsonObject();
        foreach (var (name, value) in with)
        {
            if (fields.Contains(name))
            {
                target[name] = value?.DeepClone();
            }
            else if (name == "hash" && fields.Contains("hashes"))
            {
                // OpenC2 keys a hash by its algorithm, which only a literal hash tells (by its length).
                if (value is not JsonValue text || !text.TryGetValue<string>(out var hash) || ActionInputs.IsVariable(hash)
                    || !OpenC2Targets.HashByLength.TryGetValue(hash.Length, out var algorithm))
                {
                    return (null, "input 'hash' is not a literal MD5, SHA-1 or SHA-256, so its OpenC2 algorithm is not known");
                }

                target["hashes"] = new JsonObject { [algorithm] = hash };
            }
            else if (Argument(inputs, name, value, args) is { } misplaced)
            {
                return (null, misplaced);
            }
        }

        return target.Count == 0 ? (null, "none of the inputs is a property of the target") : (target, null);
    }

    /// <summary>An input that is not the target: only a literal duration has a place, as the <c>duration</c> argument (milliseconds).</summary>
    private static string? Argument(ActionInputs inputs, string name, JsonNode? value, JsonObject args)
    {
        if (name == "duration" && inputs.TakesDuration(name) && value is JsonValue text && text.GetValueKind() == JsonValueKind.String
            && DurationText.ParseMilliseconds(text.GetValue<string>()) is { } milliseconds and > 0)
        {
            args["duration"] = milliseconds;
            return null;
        }

        return $"input '{name}' has no place in the OpenC2 command";
    }
}
