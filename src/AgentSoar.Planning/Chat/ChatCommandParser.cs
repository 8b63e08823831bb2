using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace AgentSoar.Planning.Chat;

/// <summary>
/// The small command grammar the chat understands without a language model: <c>block 203.0.113.9 for 24h</c>,
/// <c>unblock IP</c>, <c>block domain D</c>, <c>block hash H</c>, <c>isolate host H</c>, <c>release host H</c>,
/// <c>disable user U</c>, <c>enable user U</c>, <c>look up IP|domain|hash</c>, <c>why did you pick this?</c>,
/// <c>what ran here?</c>, <c>help</c>. Values are checked for their kind (an address parses, a hash is hex of a
/// hash's length, a name holds only the characters names hold), so nothing else rides along into an action.
/// </summary>
public static partial class ChatCommandParser
{
    /// <summary>The longest message read; chat is for sentences.</summary>
    public const int MaxMessageLength = 2000;

    public static readonly string Help =
        "I understand: block IP [for 24h] · unblock IP · block domain D · block hash H · isolate host H · release host H · " +
        "disable user U · enable user U · look up IP|domain|hash · why did you pick this? · what ran here?";

    private static readonly Dictionary<string, (string OpenC2, string? Target)> Verbs = new(StringComparer.Ordinal)
    {
        ["block"] = ("deny", null),
        ["deny"] = ("deny", null),
        ["unblock"] = ("allow", null),
        ["allow"] = ("allow", null),
        ["isolate"] = ("contain", "host"),
        ["contain"] = ("contain", "host"),
        ["quarantine"] = ("contain", "host"),
        ["release"] = ("allow", "host"),
        ["unisolate"] = ("allow", "host"),
        ["disable"] = ("set", "user"),
        ["lock"] = ("set", "user"),
        ["enable"] = ("set", "user"),
        ["unlock"] = ("set", "user"),
        ["lookup"] = ("query", null),
        ["enrich"] = ("query", null),
        ["check"] = ("query", null),
    };

    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["ip"] = "ip", ["address"] = "ip", ["host"] = "host", ["device"] = "host", ["machine"] = "host", ["computer"] = "host",
        ["user"] = "user", ["account"] = "user", ["domain"] = "domain", ["hash"] = "hash", ["file"] = "hash",
    };

    public static ChatIntent Parse(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Length > MaxMessageLength)
        {
            return Unknown($"a message may be at most {MaxMessageLength} characters");
        }

        var text = Spaces().Replace(message.Trim().TrimEnd('?', '!', '.').Trim(), " ").ToLowerInvariant();
        if (text is "help" or "/help" or "?" or "what can you do" || text.Length == 0)
        {
            return new ChatIntent(ChatIntentKind.Help);
        }

        if (text.StartsWith("why", StringComparison.Ordinal))
        {
            return new ChatIntent(ChatIntentKind.Why);
        }

        if (WhatRan().IsMatch(text))
        {
            return new ChatIntent(ChatIntentKind.WhatRan);
        }

        var match = Command().Match(text.Replace("look up", "lookup", StringComparison.Ordinal));
        if (!match.Success || !Verbs.TryGetValue(match.Groups["verb"].Value, out var verb))
        {
            return Unknown("I did not understand that. " + Help);
        }

        // The value keeps the analyst's case: host and user names may be case-sensitive where they act.
        var value = OriginalValue(message, match.Groups["value"].Value);
        var kind = match.Groups["kind"].Success ? Kinds[match.Groups["kind"].Value] : verb.Target ?? Infer(value);
        if (kind is null)
        {
            return Unknown($"'{value}' is not an IP address, a domain or a hash; say which (block domain {value})");
        }

        if (Check(kind, value) is { } problem)
        {
            return Unknown(problem);
        }

        TimeSpan? duration = null;
        if (match.Groups["duration"].Success)
        {
            duration = Duration(match.Groups["duration"].Value);
            if (duration is null)
            {
                return Unknown($"'{match.Groups["duration"].Value}' is not a duration (24h, 30m, 2 days, a day)");
            }
        }

        var word = match.Groups["verb"].Value;
        return new ChatIntent(ChatIntentKind.Act, new ChatAction(word, verb.OpenC2, kind, value, duration));
    }

    private static ChatIntent Unknown(string problem) => new(ChatIntentKind.Unknown, Problem: problem);

    private static string? Infer(string value) =>
        IsNetwork(value) ? "ip"
        : HashText().IsMatch(value) ? "hash"
        : DomainText().IsMatch(value) ? "domain"
        : null;

    private static string? Check(string kind, string value) => kind switch
    {
        "ip" when !IsNetwork(value) => $"'{value}' is not an IP address or network",
        "hash" when !HashText().IsMatch(value) => $"'{value}' is not an MD5, SHA-1 or SHA-256 hash",
        "domain" when !DomainText().IsMatch(value) => $"'{value}' is not a domain name",
        "host" when !HostText().IsMatch(value) => $"'{value}' is not a host name",
        "user" when !UserText().IsMatch(value) => $"'{value}' is not an account name",
        _ => null,
    };

    private static bool IsNetwork(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? IPAddress.TryParse(value, out _) : IPNetwork.TryParse(value, out _);
    }

    private static TimeSpan? Duration(string text)
    {
        var m = DurationText().Match(text.Trim());
        if (!m.Success)
        {
            return null;
        }

        var count = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : 1;
        var unit = m.Groups["unit"].Value;
        var span = unit[0] switch
        {
            's' => TimeSpan.FromSeconds(count),
            'm' when unit.StartsWith("mo", StringComparison.Ordinal) => TimeSpan.FromDays(30 * count),
            'm' => TimeSpan.FromMinutes(count),
            'h' => TimeSpan.FromHours(count),
            'd' => TimeSpan.FromDays(count),
            _ => TimeSpan.FromDays(7 * count),
        };
        return count > 0 && span <= TimeSpan.FromDays(365) ? span : null;
    }

    private static string OriginalValue(string message, string lowered)
    {
        var at = message.IndexOf(lowered, StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? message.Substring(at, lowered.Length) : lowered;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^what (ran|has run|have you run|did you run|runs?|is running)\b")]
    private static partial Regex WhatRan();

    [GeneratedRegex(@"^(?:please )?(?<verb>[a-z]+)(?: the)? (?:(?<kind>ip|address|host|device|machine|computer|user|account|domain|hash|file) )?(?<value>[^\s]{1,253})(?: for (?<duration>[a-z0-9 ]{1,20}))?$")]
    private static partial Regex Command();

    [GeneratedRegex(@"^(?:(?<n>\d{1,4}) ?|an? )(?<unit>s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?|months?)$")]
    private static partial Regex DurationText();

    [GeneratedRegex("^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$", RegexOptions.IgnoreCase)]
    private static partial Regex HashText();

    [GeneratedRegex(@"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", RegexOptions.IgnoreCase)]
    private static partial Regex DomainText();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9.\-_]{0,252}$", RegexOptions.IgnoreCase)]
    private static partial Regex HostText();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9.\-_@\\]{0,255}$", RegexOptions.IgnoreCase)]
    private static partial Regex UserText();
}
