using System.Net;
using System.Text.RegularExpressions;
using AgentSoar.Playbooks.Expressions;

namespace AgentSoar.Planning.Guardrails;

/// <summary>
/// Recognises text that names something an action could target: an IP address or network, a file hash, a URL, an
/// e-mail address or a domain name. Used on the model's input values, which must not name anything the incident
/// does not.
/// </summary>
internal static partial class ObservableText
{
    /// <summary>The kind of observable the whole of <paramref name="text"/> is, or null when it is none.</summary>
    public static string? KindOf(string text)
    {
        var value = text.Trim();
        return value.Length == 0 || value.Length > 2048 ? null
            : IsAddress(value) ? "IP address"
            : Network().IsMatch(value) && IsAddress(value[..value.IndexOf('/', StringComparison.Ordinal)]) ? "IP network"
            : Hash().IsMatch(value) ? "hash"
            : Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ftp" ? "URL"
            : Email().IsMatch(value) ? "e-mail address"
            : Domain().IsMatch(value) ? "domain"
            : null;
    }

    /// <summary>IP addresses, URLs, e-mail addresses and hashes written inside longer text (domains are not: file names look alike).</summary>
    public static IEnumerable<string> Embedded(string text) =>
        Embeddable().Matches(text).Select(m => m.Value.TrimEnd('.', ',', ';', ')', ']', '}', '"', '\''))
            .Concat(text.Split((char[])[' ', '\t', '\n', '\r', ',', ';', '(', ')', '[', ']', '"', '\''], StringSplitOptions.RemoveEmptyEntries)
                .Where(t => t.Count(c => c == ':') >= 2 && IPAddress.TryParse(t, out _)));

    /// <summary>
    /// True when an input's name says it holds something an action targets (<c>ip</c>, <c>host</c>, <c>domain</c>,
    /// <c>user</c>, <c>hash</c>, <c>sender</c>, <c>process</c>, <c>message_id</c>...): then its value must occur in the
    /// incident whatever it looks like, since a playbook's string input can be a target as much as a typed one.
    /// </summary>
    public static bool NamesATarget(string inputName) =>
        inputName.ToLowerInvariant().Split('_').Any(TargetWords.Contains);

    private static readonly HashSet<string> TargetWords =
    [
        "ip", "ips", "address", "addresses", "host", "hosts", "hostname", "hostnames", "domain", "domains", "user", "users",
        "account", "accounts", "hash", "hashes", "url", "urls", "email", "emails", "sender", "recipient", "process", "file",
        "message", "target", "targets", "device", "endpoint",
    ];

    /// <summary>An address in its usual text form (dotted decimal, or IPv6).</summary>
    public static bool IsAddress(string text) => IpValue.TryParse(text, out _);

    [GeneratedRegex(@"^[0-9a-fA-F:.]+/\d{1,3}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Network();

    // MD5, SHA-1, SHA-256, SHA-512.
    [GeneratedRegex(@"^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Hash();

    [GeneratedRegex(@"^[^@\s]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Email();

    // Letters of any script: an internationalised or look-alike name (Cyrillic "е") is still a domain.
    [GeneratedRegex(@"^(?=.{4,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})\.?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Domain();

    [GeneratedRegex(@"\b(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?\b|\b(?:https?|ftp)://\S+|\b[^@\s""'<>()]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\b|\b(?:[0-9a-fA-F]{128}|[0-9a-fA-F]{64}|[0-9a-fA-F]{40}|[0-9a-fA-F]{32})\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Embeddable();
}
