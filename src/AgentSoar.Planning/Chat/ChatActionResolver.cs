using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Contracts.Connectors;

namespace AgentSoar.Planning.Chat;

/// <summary>
/// Finds the connector action that carries out a chat action: one that declares the same OpenC2 command, preferring
/// a connector acting for real over one simulating, then one whose action name says the analyst's verb
/// (<c>disable_account</c> for "disable" where <c>enable_account</c> is the same OpenC2 <c>set</c>). Its inputs
/// are filled from its own schema: the value into the field named for its kind, the duration into a duration field.
/// </summary>
public static class ChatActionResolver
{
    private static readonly Dictionary<string, string[]> OpenC2Targets = new(StringComparer.Ordinal)
    {
        ["ip"] = ["ipv4_net", "ipv6_net", "ipv4_connection", "ipv6_connection"],
        ["domain"] = ["domain_name"],
        ["hash"] = ["file"],
        ["host"] = ["device"],
        ["user"] = ["er:account", "account"],
    };

    private static readonly Dictionary<string, string[]> ValueFields = new(StringComparer.Ordinal)
    {
        ["ip"] = ["ip", "address", "ip_address", "cidr", "network", "value", "indicator"],
        ["domain"] = ["domain", "domain_name", "fqdn", "value", "indicator"],
        ["hash"] = ["hash", "sha256", "file_hash", "md5", "value", "indicator"],
        ["host"] = ["host", "hostname", "host_name", "device", "computer"],
        ["user"] = ["user", "username", "user_name", "account", "account_name", "sam_account_name", "uid"],
    };

    private static readonly string[] DurationFields = ["duration", "expires_in", "ttl", "expiry", "for"];

    private static readonly Dictionary<string, string[]> VerbHints = new(StringComparer.Ordinal)
    {
        ["block"] = ["block", "deny"], ["deny"] = ["deny", "block"],
        ["unblock"] = ["unblock", "allow"], ["allow"] = ["allow", "unblock"],
        ["isolate"] = ["isolate", "contain"], ["contain"] = ["contain", "isolate"], ["quarantine"] = ["isolate", "contain"],
        ["release"] = ["release", "allow"], ["unisolate"] = ["release", "allow"],
        ["disable"] = ["disable"], ["lock"] = ["lock", "disable"], ["enable"] = ["enable"], ["unlock"] = ["unlock", "enable"],
        ["lookup"] = ["lookup", "query"], ["enrich"] = ["lookup", "enrich"], ["check"] = ["lookup", "check"],
    };

    public static (ChatProposal? Proposal, string? Problem) Resolve(ChatAction action, IReadOnlyCollection<ConnectorInfo> connectors)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(connectors);
        var targets = OpenC2Targets[action.Target];
        var hints = VerbHints.GetValueOrDefault(action.Verb, [action.Verb]);
        var candidates = connectors
            .SelectMany(c => c.Actions.Select(a => (Connector: c, Action: a)))
            .Where(x => x.Action.OpenC2 is { } o && o.Action == action.OpenC2Action && targets.Contains(o.Target, StringComparer.Ordinal))
            .Select(x => (x.Connector, x.Action, Hint: Array.FindIndex(hints, h => x.Action.Name.Contains(h, StringComparison.Ordinal))))
            .Where(x => action.OpenC2Action != "set" || x.Hint >= 0)
            .OrderBy(x => x.Connector.Simulated)
            .ThenBy(x => x.Hint < 0 ? int.MaxValue : x.Hint)
            .ThenBy(x => x.Connector.Name, StringComparer.Ordinal)
            .ThenBy(x => x.Action.Name, StringComparer.Ordinal)
            .ToList();
        if (candidates.Count == 0)
        {
            return (null, $"no connector here can {action.Verb} a {action.Target} (none declares OpenC2 {action.OpenC2Action} {targets[0]})");
        }

        var problems = new List<string>();
        foreach (var (connector, info, _) in candidates)
        {
            var (inputs, problem) = Inputs(info.InputSchema, action);
            if (inputs is not null)
            {
                return (new ChatProposal(connector.Name, info.Name, inputs, info.Risk, connector.Simulated, Describe(action)), null);
            }

            problems.Add($"{connector.Name}.{info.Name}: {problem}");
        }

        return (null, "no action could take this from chat: " + string.Join("; ", problems));
    }

    private static (JsonObject? Inputs, string? Problem) Inputs(JsonElement schema, ChatAction action)
    {
        var properties = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
            ? p.EnumerateObject().Select(x => x.Name).ToList()
            : [];
        var required = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.Array
            ? r.EnumerateArray().Select(x => x.GetString()!).ToList()
            : [];
        var valueField = ValueFields[action.Target].FirstOrDefault(f => properties.Contains(f, StringComparer.Ordinal));
        if (valueField is null)
        {
            return (null, $"it has no field for the {action.Target}");
        }

        var inputs = new JsonObject { [valueField] = action.Value };
        if (action.Duration is { } duration && DurationFields.FirstOrDefault(f => properties.Contains(f, StringComparer.Ordinal)) is { } durationField)
        {
            inputs[durationField] = DurationText(duration);
        }

        var missing = required.Where(f => !inputs.ContainsKey(f)).ToList();
        return missing.Count == 0 ? (inputs, null) : (null, $"it also needs {string.Join(", ", missing)}, which chat does not give; run it from a playbook");
    }

    private static string DurationText(TimeSpan duration) =>
        duration.TotalDays >= 1 && duration.TotalDays == Math.Floor(duration.TotalDays) ? string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalDays * 24}h")
        : duration.TotalHours == Math.Floor(duration.TotalHours) ? string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalHours}h")
        : duration.TotalMinutes == Math.Floor(duration.TotalMinutes) ? string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes}m")
        : string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalSeconds}s");

    private static string Describe(ChatAction action) =>
        $"{action.Verb} {action.Target} {action.Value}" + (action.Duration is { } d ? $" for {DurationText(d)}" : string.Empty);
}

/// <summary>The connector action a chat message asks for, with its inputs filled.</summary>
/// <param name="Connector">The connector.</param>
/// <param name="Action">The action.</param>
/// <param name="Inputs">Its inputs.</param>
/// <param name="Risk">The action's declared risk.</param>
/// <param name="Simulated">Whether the connector only simulates.</param>
/// <param name="Summary">What was asked, in a few words.</param>
public sealed record ChatProposal(string Connector, string Action, JsonObject Inputs, Contracts.RiskLevel Risk, bool Simulated, string Summary);
