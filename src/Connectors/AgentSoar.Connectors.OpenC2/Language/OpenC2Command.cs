using System.Text.Json.Nodes;

namespace AgentSoar.Connectors.OpenC2.Language;

/// <summary>A validated OpenC2 command (Language Specification v1.0, section 3.3.1).</summary>
/// <param name="Action">The action, the verb (<c>deny</c>, <c>contain</c>, <c>query</c>...).</param>
/// <param name="Target">The one target the action applies to.</param>
/// <param name="Args">The command arguments, when given.</param>
/// <param name="Actuator">The actuator specifier (one profile and its specifiers), when given.</param>
/// <param name="CommandId">The command identifier, when given.</param>
public sealed record OpenC2Command(string Action, OpenC2Target Target, OpenC2Args? Args, OpenC2Actuator? Actuator, string? CommandId)
{
    /// <summary>The command as OpenC2 JSON.</summary>
    /// <returns>A new JSON object.</returns>
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["action"] = Action,
            ["target"] = new JsonObject { [Target.Type] = Target.Value.DeepClone() },
        };
        if (Args is not null)
        {
            json["args"] = Args.ToJson();
        }

        if (Actuator is not null)
        {
            json["actuator"] = new JsonObject { [Actuator.Profile] = Actuator.Specifiers.DeepClone() };
        }

        if (CommandId is not null)
        {
            json["command_id"] = CommandId;
        }

        return json;
    }
}

/// <summary>The target of a command: exactly one target type and its value.</summary>
/// <param name="Type">The target type (<c>ipv4_net</c>, <c>device</c>, or a profile's <c>slpf:rule_number</c>).</param>
/// <param name="Value">Its value, as sent.</param>
public sealed record OpenC2Target(string Type, JsonNode Value);

/// <summary>The actuator specifier of a command: one profile and its specifiers.</summary>
/// <param name="Profile">The profile's namespace (<c>slpf</c>, <c>x-acme</c>).</param>
/// <param name="Specifiers">The profile's specifiers (may be empty).</param>
public sealed record OpenC2Actuator(string Profile, JsonObject Specifiers);

/// <summary>The command arguments (Language Specification v1.0, section 3.3.1.4).</summary>
public sealed record OpenC2Args
{
    /// <summary>When to start, in milliseconds since the epoch.</summary>
    public long? StartTime { get; init; }

    /// <summary>When to stop, in milliseconds since the epoch.</summary>
    public long? StopTime { get; init; }

    /// <summary>How long the command is in effect, in milliseconds.</summary>
    public long? Duration { get; init; }

    /// <summary>The response asked for: <c>none</c>, <c>ack</c>, <c>status</c> or <c>complete</c>.</summary>
    public string? ResponseRequested { get; init; }

    /// <summary>Arguments defined by profiles, by namespace (<c>slpf</c>, <c>x-acme</c>).</summary>
    public IReadOnlyDictionary<string, JsonNode> Profiles { get; init; } = new Dictionary<string, JsonNode>(StringComparer.Ordinal);

    /// <summary>The arguments as OpenC2 JSON.</summary>
    /// <returns>A new JSON object.</returns>
    public JsonObject ToJson()
    {
        var json = new JsonObject();
        if (StartTime is { } start)
        {
            json["start_time"] = start;
        }

        if (StopTime is { } stop)
        {
            json["stop_time"] = stop;
        }

        if (Duration is { } duration)
        {
            json["duration"] = duration;
        }

        if (ResponseRequested is not null)
        {
            json["response_requested"] = ResponseRequested;
        }

        foreach (var (name, value) in Profiles)
        {
            json[name] = value.DeepClone();
        }

        return json;
    }
}
