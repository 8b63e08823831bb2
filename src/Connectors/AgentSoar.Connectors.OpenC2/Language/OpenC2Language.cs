using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentSoar.Connectors.OpenC2.Language;

/// <summary>
/// Strict reader of OpenC2 commands and responses: the Language Specification v1.0 (with its errata, v1.0.1) plus the
/// actuator profiles given. Anything the language does not define is refused with the JSON path of the first problem.
/// </summary>
/// <remarks>
/// Profiles extend the language under their namespace: targets <c>ns:name</c>, <c>args.ns</c>, <c>actuator.ns</c>,
/// <c>results.ns</c>. A namespace no profile declares is refused. With <c>restrictPairsToProfiles</c> the
/// <c>results.pairs</c> of a response may only list the pairs the profiles define (plus <c>query features</c>, which every
/// actuator answers): that is how one actuator's declared interface is checked.
/// </remarks>
public sealed partial class OpenC2Language
{
    /// <summary>The actions of the language.</summary>
    public static IReadOnlyList<string> Actions { get; } =
    [
        "scan", "locate", "query", "deny", "contain", "allow", "start", "stop", "restart", "cancel", "set", "update",
        "redirect", "create", "delete", "detonate", "restore", "copy", "investigate", "remediate",
    ];

    /// <summary>The features a <c>query features</c> command may ask for.</summary>
    public static IReadOnlyList<string> Features { get; } = ["versions", "profiles", "pairs", "rate_limit"];

    private static readonly OpenC2ValueCheck ProcessCheck = CheckProcess;

    private static readonly IReadOnlyDictionary<string, OpenC2ValueCheck> CoreTargets = new Dictionary<string, OpenC2ValueCheck>(StringComparer.Ordinal)
    {
        ["artifact"] = Checks.Map(
            1,
            ("mime_type", Checks.String),
            ("payload", Checks.Choice(("bin", Checks.Base64), ("url", Checks.Uri))),
            ("hashes", Checks.Hashes)),
        ["command"] = Checks.String,
        ["device"] = Checks.Map(1, ("hostname", Checks.Hostname), ("idn_hostname", Checks.String), ("device_id", Checks.String)),
        ["domain_name"] = Checks.Hostname,
        ["email_addr"] = Checks.Email,
        ["features"] = CheckFeatures,
        ["file"] = Checks.File,
        ["idn_domain_name"] = Checks.String,
        ["idn_email_addr"] = Checks.Email,
        ["ipv4_net"] = Checks.Ipv4Net,
        ["ipv6_net"] = Checks.Ipv6Net,
        ["ipv4_connection"] = Connection(Checks.Ipv4Net),
        ["ipv6_connection"] = Connection(Checks.Ipv6Net),
        ["iri"] = Checks.String,
        ["mac_addr"] = Checks.MacAddress,
        ["process"] = ProcessCheck,
        ["properties"] = Checks.StringArray(minItems: 1),
        ["uri"] = Checks.Uri,
    };

    private static readonly string[] CommandFields = ["action", "target", "args", "actuator", "command_id"];
    private static readonly string[] ResponseFields = ["status", "status_text", "results"];
    private static readonly string[] CoreArgs = ["start_time", "stop_time", "duration", "response_requested"];
    private static readonly string[] CoreResults = ["versions", "profiles", "pairs", "rate_limit"];

    private readonly Dictionary<string, OpenC2Profile> _profiles;
    private readonly bool _restrictPairs;

    /// <summary>Creates a reader for the core language and the given profiles.</summary>
    /// <param name="profiles">The profiles (distinct namespaces).</param>
    /// <param name="restrictPairsToProfiles">Whether <c>results.pairs</c> may only list the profiles' pairs.</param>
    public OpenC2Language(IEnumerable<OpenC2Profile> profiles, bool restrictPairsToProfiles = false)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        _profiles = new Dictionary<string, OpenC2Profile>(StringComparer.Ordinal);
        foreach (var profile in profiles)
        {
            if (!_profiles.TryAdd(profile.Namespace, profile))
            {
                throw new ArgumentException($"The profile namespace '{profile.Namespace}' is given twice.", nameof(profiles));
            }
        }

        _restrictPairs = restrictPairsToProfiles;
    }

    /// <summary>The core language without any profile.</summary>
    public static OpenC2Language Core { get; } = new([]);

    /// <summary>The core language and the Stateless Packet Filtering profile.</summary>
    public static OpenC2Language Slpf { get; } = new([OpenC2Profile.Slpf]);

    /// <summary>The profiles this reader knows, by namespace.</summary>
    public IReadOnlyCollection<OpenC2Profile> Profiles => _profiles.Values;

    /// <summary>Reads and checks a command.</summary>
    /// <param name="json">The command's JSON text.</param>
    /// <returns>The command.</returns>
    /// <exception cref="OpenC2FormatException">The text is not JSON or not a valid command.</exception>
    public OpenC2Command ParseCommand(string json)
    {
        using var document = Parse(json);
        return ParseCommand(document.RootElement);
    }

    /// <summary>Checks a command given as JSON.</summary>
    /// <param name="json">The command.</param>
    /// <returns>The command.</returns>
    /// <exception cref="OpenC2FormatException">It is not a valid command.</exception>
    public OpenC2Command ParseCommand(JsonElement json)
    {
        const string root = "$";
        var members = Checks.Object(json, root);
        RefuseUnknown(members, root, CommandFields, "a command has only action, target, args, actuator and command_id");
        var action = Checks.Text(Required(json, root, "action"), "$.action");
        if (!Actions.Contains(action, StringComparer.Ordinal))
        {
            throw Checks.Error("$.action", $"'{Checks.Shorten(action)}' is not an OpenC2 action; expected one of {string.Join(", ", Actions)}.");
        }

        var target = ReadTarget(Required(json, root, "target"), "$.target");
        var args = json.TryGetProperty("args", out var argsJson) ? ReadArgs(argsJson, "$.args") : null;
        var actuator = json.TryGetProperty("actuator", out var actuatorJson) ? ReadActuator(actuatorJson, "$.actuator") : null;
        var commandId = json.TryGetProperty("command_id", out var id) ? Checks.Text(id, "$.command_id") : null;
        return new OpenC2Command(action, target, args, actuator, commandId);
    }

    /// <summary>Reads and checks a response.</summary>
    /// <param name="json">The response's JSON text.</param>
    /// <returns>The response.</returns>
    /// <exception cref="OpenC2FormatException">The text is not JSON or not a valid response.</exception>
    public OpenC2Response ParseResponse(string json)
    {
        using var document = Parse(json);
        return ParseResponse(document.RootElement);
    }

    /// <summary>Checks a response given as JSON.</summary>
    /// <param name="json">The response.</param>
    /// <returns>The response.</returns>
    /// <exception cref="OpenC2FormatException">It is not a valid response.</exception>
    public OpenC2Response ParseResponse(JsonElement json)
    {
        const string root = "$";
        var members = Checks.Object(json, root);
        RefuseUnknown(members, root, ResponseFields, "a response has only status, status_text and results");
        var statusJson = Required(json, root, "status");
        if (!Checks.TryGetInteger(statusJson, out var code) || code is < int.MinValue or > int.MaxValue)
        {
            throw Checks.Error("$.status", $"expected an integer status code, found {Checks.Describe(statusJson)}.");
        }

        var status = (int)code;
        if (!OpenC2Response.StatusCodes.Contains(status))
        {
            throw Checks.Error("$.status", $"{status} is not an OpenC2 status code; expected one of {string.Join(", ", OpenC2Response.StatusCodes)}.");
        }

        var statusText = json.TryGetProperty("status_text", out var text) ? Checks.Text(text, "$.status_text") : null;
        JsonObject? results = null;
        if (json.TryGetProperty("results", out var resultsJson))
        {
            CheckResults(resultsJson, "$.results");
            results = JsonNode.Parse(resultsJson.GetRawText())!.AsObject();
        }

        return new OpenC2Response(status, statusText, results);
    }

    private static JsonDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw Checks.Error("$", $"not JSON: {ex.Message}");
        }
    }

    private static JsonElement Required(JsonElement json, string path, string name) =>
        json.TryGetProperty(name, out var value) ? value : throw Checks.Error(Checks.Member(path, name), "the field is required and missing.");

    private static void RefuseUnknown(List<JsonProperty> members, string path, string[] known, string hint)
    {
        var unknown = members.Find(m => !known.Contains(m.Name, StringComparer.Ordinal));
        if (unknown.Value.ValueKind != JsonValueKind.Undefined)
        {
            throw Checks.Error(Checks.Member(path, unknown.Name), $"unknown field; {hint}.");
        }
    }

    private static OpenC2ValueCheck Connection(OpenC2ValueCheck address) => Checks.Map(
        1,
        ("src_addr", address),
        ("src_port", Checks.Port),
        ("dst_addr", address),
        ("dst_port", Checks.Port),
        ("protocol", Checks.Enum("icmp", "tcp", "udp", "sctp")));

    private static void CheckProcess(JsonElement value, string path) => Checks.Map(
        1,
        ("pid", Checks.NonNegative),
        ("name", Checks.String),
        ("cwd", Checks.String),
        ("executable", Checks.File),
        ("parent", ProcessCheck),
        ("command_line", Checks.String))(value, path);

    private static void CheckFeatures(JsonElement value, string path)
    {
        var items = Checks.Array(value, path, 0, 10, unique: true);
        for (var i = 0; i < items.Count; i++)
        {
            Checks.Enum([.. Features])(items[i], Checks.Item(path, i));
        }
    }

    private OpenC2Target ReadTarget(JsonElement json, string path)
    {
        var members = Checks.Object(json, path);
        if (members.Count != 1)
        {
            throw Checks.Error(path, members.Count == 0
                ? "a command names exactly one target type, found none."
                : $"a command names exactly one target type, found {members.Count} ({string.Join(", ", members.Select(m => m.Name))}).");
        }

        var (name, value) = (members[0].Name, members[0].Value);
        var memberPath = Checks.Member(path, name);
        if (CoreTargets.TryGetValue(name, out var check))
        {
            check(value, memberPath);
        }
        else
        {
            ProfileTarget(name, memberPath)(value, memberPath);
        }

        return new OpenC2Target(name, JsonNode.Parse(value.GetRawText())!);
    }

    private OpenC2ValueCheck ProfileTarget(string name, string path)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            throw Checks.Error(path, $"'{Checks.Shorten(name)}' is not an OpenC2 target type, and not a profile's target (which is written namespace:name).");
        }

        var (ns, target) = (name[..colon], name[(colon + 1)..]);
        if (!_profiles.TryGetValue(ns, out var profile))
        {
            throw Checks.Error(path, $"'{Checks.Shorten(ns)}' is not the namespace of a known profile ({Known()}).");
        }

        return profile.Targets.TryGetValue(target, out var check)
            ? check
            : throw Checks.Error(path, $"the profile '{ns}' defines no target '{Checks.Shorten(target)}'.");
    }

    private OpenC2Args ReadArgs(JsonElement json, string path)
    {
        var members = Checks.Object(json, path);
        if (members.Count == 0)
        {
            throw Checks.Error(path, "args, when given, holds at least one argument.");
        }

        var args = new OpenC2Args();
        var profiles = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            var memberPath = Checks.Member(path, member.Name);
            switch (member.Name)
            {
                case "start_time":
                    args = args with { StartTime = Checks.Long(member.Value, memberPath, 0) };
                    break;
                case "stop_time":
                    args = args with { StopTime = Checks.Long(member.Value, memberPath, 0) };
                    break;
                case "duration":
                    args = args with { Duration = Checks.Long(member.Value, memberPath, 0) };
                    break;
                case "response_requested":
                    Checks.Enum("none", "ack", "status", "complete")(member.Value, memberPath);
                    args = args with { ResponseRequested = member.Value.GetString() };
                    break;
                default:
                    ProfilePart(member.Name, memberPath, p => p.Args, "arguments", CoreArgs)(member.Value, memberPath);
                    profiles[member.Name] = JsonNode.Parse(member.Value.GetRawText())!;
                    break;
            }
        }

        return args with { Profiles = profiles };
    }

    private OpenC2Actuator ReadActuator(JsonElement json, string path)
    {
        var members = Checks.Object(json, path);
        if (members.Count != 1)
        {
            throw Checks.Error(path, $"the actuator names exactly one profile, found {(members.Count == 0 ? "none" : string.Join(", ", members.Select(m => m.Name)))}.");
        }

        var member = members[0];
        var memberPath = Checks.Member(path, member.Name);
        ProfilePart(member.Name, memberPath, p => p.Actuator, "actuator specifiers", [])(member.Value, memberPath);
        return new OpenC2Actuator(member.Name, JsonNode.Parse(member.Value.GetRawText())!.AsObject());
    }

    private OpenC2ValueCheck ProfilePart(string name, string path, Func<OpenC2Profile, OpenC2ValueCheck?> part, string what, string[] core)
    {
        var coreHint = core.Length == 0 ? "" : $"not one of {string.Join(", ", core)}, and ";
        if (!_profiles.TryGetValue(name, out var profile))
        {
            throw Checks.Error(path, OpenC2Profile.IsNamespace(name)
                ? $"'{Checks.Shorten(name)}' is {coreHint}not the namespace of a known profile ({Known()})."
                : $"'{Checks.Shorten(name)}' is {coreHint}not a profile namespace (slpf, or x- and lowercase letters, digits and _).");
        }

        return part(profile) ?? throw Checks.Error(path, $"the profile '{name}' defines no {what}.");
    }

    private string Known() => _profiles.Count == 0 ? "none is enabled" : "enabled: " + string.Join(", ", _profiles.Keys.Order(StringComparer.Ordinal));
}
