using System.DirectoryServices.Protocols;
using System.Text;

namespace AgentSoar.Connectors.Ldap;

/// <summary>A user found by an escaped search.</summary>
internal sealed record UserEntry(string Dn, string? UserName, SearchResultEntry Entry);

/// <summary>A group found by an escaped search.</summary>
internal sealed record GroupEntry(string Dn, string Name);

/// <summary>Reads attribute values of search results as text.</summary>
internal static class Entries
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The attribute's values as text; values that are not UTF-8 (objectGUID, objectSid) in base64.</summary>
    public static IReadOnlyList<string> Values(SearchResultEntry entry, string attribute)
    {
        var values = entry.Attributes[attribute];
        if (values is null)
        {
            return [];
        }

        var texts = new List<string>(values.Count);
        foreach (var value in values.GetValues(typeof(byte[])))
        {
            var bytes = (byte[])value;
            try
            {
                texts.Add(StrictUtf8.GetString(bytes));
            }
            catch (DecoderFallbackException)
            {
                texts.Add(Convert.ToBase64String(bytes));
            }
        }

        return texts;
    }

    public static string? First(SearchResultEntry entry, string attribute) => Values(entry, attribute) is [var first, ..] ? first : null;
}
