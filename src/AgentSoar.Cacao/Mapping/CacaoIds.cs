using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AgentSoar.Cacao.Mapping;

/// <summary>
/// CACAO identifiers (<c>type--uuid</c>). Export derives them from names (UUID version 5), so exporting the same
/// playbook twice gives the same file, and an identifier that already has the right form is kept as it is.
/// </summary>
internal static partial class CacaoIds
{
    // A namespace of our own for the name-based UUIDs; any fixed value works, it only has to never change.
    private static readonly Guid Namespace = new("3c0b3f5e-6a51-4f4e-9d0a-6d2f1c9a7b10");

    public static bool IsIdentifier(string text, string type) =>
        text.StartsWith(type + "--", StringComparison.Ordinal) && IdentifierPattern().IsMatch(text);

    /// <summary><paramref name="candidate"/> when it already is a <paramref name="type"/> identifier, else one derived from <paramref name="name"/>.</summary>
    public static string For(string type, string name, string? candidate = null) =>
        candidate is not null && IsIdentifier(candidate, type) ? candidate : $"{type}--{NameUuid(name)}";

    /// <summary>A version 5 UUID (RFC 9562): SHA-1 of the namespace and the name, with the version and variant bits set.</summary>
    public static string NameUuid(string name)
    {
        var bytes = Namespace.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(name)).ToArray();
#pragma warning disable CA5350 // SHA-1 is what UUID version 5 is defined with; nothing here is a security boundary.
        var hash = SHA1.HashData(bytes);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }

    [GeneratedRegex("^[a-z][a-z0-9-]+[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$")]
    private static partial Regex IdentifierPattern();
}
