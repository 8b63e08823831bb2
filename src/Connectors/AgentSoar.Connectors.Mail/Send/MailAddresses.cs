using System.Net.Mail;

namespace AgentSoar.Connectors.Mail;

/// <summary>What the connector accepts as an address: a plain <c>local@domain</c>, nothing else (no display name, no list, no line break).</summary>
internal static class MailAddresses
{
    public const int MaxLength = 254;

    public static bool IsPlainAddress(string? text) =>
        text is { Length: > 0 and <= MaxLength }
        && !text.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is ',' or ';' or '<' or '>' or '"')
        && MailAddress.TryCreate(text, out var address)
        && address.DisplayName.Length == 0
        && address.Address == text;

    public static bool IsDomainPattern(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var domain = text.StartsWith("*.", StringComparison.Ordinal) ? text[2..] : text;
        return domain.Length is > 0 and <= 253 && domain.Split('.').All(label =>
            label.Length is > 0 and <= 63 && label[0] != '-' && label[^1] != '-' && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
    }

    /// <summary>Whether the address's domain is allowed: equal to an entry, or under a <c>*.</c> entry.</summary>
    public static bool DomainAllowed(string address, IEnumerable<string> allowed)
    {
        var domain = address[(address.LastIndexOf('@') + 1)..].ToLowerInvariant();
        foreach (var entry in allowed)
        {
            var pattern = entry.Trim().ToLowerInvariant();
            if (pattern.StartsWith("*.", StringComparison.Ordinal))
            {
                var parent = pattern[2..];
                if (domain == parent || domain.EndsWith("." + parent, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            else if (domain == pattern)
            {
                return true;
            }
        }

        return false;
    }
}
