using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AgentSoar.Connectors.OpenC2.Language;

/// <summary>The value checks the language is built from; each throws <see cref="OpenC2FormatException"/> naming the path.</summary>
internal static partial class Checks
{
    public static OpenC2FormatException Error(string path, string problem) => new(path, problem);

    public static string Member(string path, string name) =>
        SimpleName().IsMatch(name) ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Item(string path, int index) => $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]";

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string '{Shorten(value.GetString()!)}'",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    public static string Shorten(string text) => text.Length > 60 ? text[..60] + "..." : text;

    /// <summary>The object's members, refusing a value that is not an object and a name given twice.</summary>
    public static List<JsonProperty> Object(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, $"expected an object, found {Describe(value)}.");
        }

        var members = new List<JsonProperty>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in value.EnumerateObject())
        {
            if (!seen.Add(member.Name))
            {
                throw Error(Member(path, member.Name), "the field is given twice.");
            }

            members.Add(member);
        }

        return members;
    }

    public static List<JsonElement> Array(JsonElement value, string path, int minItems = 0, int maxItems = int.MaxValue, bool unique = false)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error(path, $"expected an array, found {Describe(value)}.");
        }

        var items = value.EnumerateArray().ToList();
        if (items.Count < minItems)
        {
            throw Error(path, $"expected at least {minItems} item(s), found {items.Count}.");
        }

        if (items.Count > maxItems)
        {
            throw Error(path, $"expected at most {maxItems} item(s), found {items.Count}.");
        }

        if (unique)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                if (!seen.Add(items[i].GetRawText()))
                {
                    throw Error(Item(path, i), $"{Describe(items[i])} is listed twice; the items must be unique.");
                }
            }
        }

        return items;
    }

    public static string Text(JsonElement value, string path) => value.ValueKind == JsonValueKind.String
        ? value.GetString()!
        : throw Error(path, $"expected a string, found {Describe(value)}.");

    public static void String(JsonElement value, string path) => Text(value, path);

    public static long Long(JsonElement value, string path, long minimum = long.MinValue, long maximum = long.MaxValue)
    {
        if (!TryGetInteger(value, out var number))
        {
            throw Error(path, $"expected an integer, found {Describe(value)}.");
        }

        return number < minimum || number > maximum
            ? throw Error(path, maximum == long.MaxValue ? $"expected an integer of at least {minimum}, found {number}." : $"expected an integer from {minimum} to {maximum}, found {number}.")
            : number;
    }

    /// <summary>A JSON number with no fractional part (<c>200</c> or <c>200.0</c>, as JSON Schema's integer).</summary>
    public static bool TryGetInteger(JsonElement value, out long number)
    {
        number = 0;
        if (value.ValueKind != JsonValueKind.Number)
        {
            return false;
        }

        if (value.TryGetInt64(out number))
        {
            return true;
        }

        if (value.TryGetDecimal(out var exact) && exact == decimal.Truncate(exact) && exact >= long.MinValue && exact <= long.MaxValue)
        {
            number = (long)exact;
            return true;
        }

        return false;
    }

    public static void Integer(JsonElement value, string path) => Long(value, path);

    public static void NonNegative(JsonElement value, string path) => Long(value, path, 0);

    public static void Port(JsonElement value, string path) => Long(value, path, 0, 65535);

    public static void Number(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            throw Error(path, $"expected a number, found {Describe(value)}.");
        }
    }

    public static void Boolean(JsonElement value, string path)
    {
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw Error(path, $"expected true or false, found {Describe(value)}.");
        }
    }

    public static OpenC2ValueCheck Enum(params string[] names) => (value, path) =>
    {
        var text = Text(value, path);
        if (!names.Contains(text, StringComparer.Ordinal))
        {
            throw Error(path, $"'{Shorten(text)}' is not one of {string.Join(", ", names)}.");
        }
    };

    public static OpenC2ValueCheck StringArray(int minItems = 0, int maxItems = int.MaxValue) => (value, path) =>
    {
        var items = Array(value, path, minItems, maxItems, unique: true);
        for (var i = 0; i < items.Count; i++)
        {
            String(items[i], Item(path, i));
        }
    };

    /// <summary>An object with the given optional fields and no others.</summary>
    public static OpenC2ValueCheck Map(int minProperties, params (string Name, OpenC2ValueCheck Check)[] fields) => (value, path) =>
    {
        var members = Object(value, path);
        if (members.Count < minProperties)
        {
            throw Error(path, $"expected at least {minProperties} of the fields {string.Join(", ", fields.Select(f => f.Name))}, found none.");
        }

        foreach (var member in members)
        {
            var field = System.Array.Find(fields, f => f.Name == member.Name);
            if (field.Check is null)
            {
                throw Error(Member(path, member.Name), $"unknown field; expected {string.Join(", ", fields.Select(f => f.Name))}.");
            }

            field.Check(member.Value, Member(path, member.Name));
        }
    };

    /// <summary>An object with exactly one of the given fields.</summary>
    public static OpenC2ValueCheck Choice(params (string Name, OpenC2ValueCheck Check)[] fields)
    {
        var map = Map(1, fields);
        return (value, path) =>
        {
            map(value, path);
            var count = value.EnumerateObject().Count();
            if (count != 1)
            {
                throw Error(path, $"expected exactly one of {string.Join(", ", fields.Select(f => f.Name))}, found {count}.");
            }
        };
    }

    public static void Hostname(JsonElement value, string path)
    {
        var text = Text(value, path);
        if (text.Length is 0 or > 253 || !text.TrimEnd('.').Split('.').All(label => HostLabel().IsMatch(label)))
        {
            throw Error(path, $"'{Shorten(text)}' is not a host name (RFC 1123).");
        }
    }

    public static void Uri(JsonElement value, string path)
    {
        var text = Text(value, path);
        if (!System.Uri.TryCreate(text, UriKind.Absolute, out _))
        {
            throw Error(path, $"'{Shorten(text)}' is not an absolute URI.");
        }
    }

    public static void Email(JsonElement value, string path)
    {
        var text = Text(value, path);
        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1 || text.Any(char.IsWhiteSpace))
        {
            throw Error(path, $"'{Shorten(text)}' is not an email address.");
        }
    }

    public static void MacAddress(JsonElement value, string path)
    {
        var text = Text(value, path);
        if (!MacPattern().IsMatch(text))
        {
            throw Error(path, $"'{Shorten(text)}' is not an EUI-48 or EUI-64 MAC address.");
        }
    }

    public static void Base64(JsonElement value, string path)
    {
        var text = Text(value, path);
        if (!System.Buffers.Text.Base64.IsValid(text))
        {
            throw Error(path, "expected base64-encoded bytes.");
        }
    }

    public static OpenC2ValueCheck Hex(int length) => (value, path) =>
    {
        var text = Text(value, path);
        if (text.Length != length || !text.All(char.IsAsciiHexDigit))
        {
            throw Error(path, $"expected {length} hexadecimal digits, found '{Shorten(text)}'.");
        }
    };

    /// <summary>An IPv4 address with an optional CIDR prefix length (<c>192.0.2.0/24</c>), dotted quad only.</summary>
    public static void Ipv4Net(JsonElement value, string path)
    {
        var text = Text(value, path);
        if (!Ipv4NetPattern().IsMatch(text))
        {
            throw Error(path, $"'{Shorten(text)}' is not an IPv4 address with an optional /0-32 prefix length.");
        }
    }

    /// <summary>An IPv6 address with an optional prefix length (<c>2001:db8::/32</c>).</summary>
    public static void Ipv6Net(JsonElement value, string path)
    {
        var text = Text(value, path);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var address = slash < 0 ? text : text[..slash];
        var prefixOk = slash < 0 || (PrefixPattern().IsMatch(text[(slash + 1)..]) && int.Parse(text[(slash + 1)..], CultureInfo.InvariantCulture) <= 128);
        if (!prefixOk || !address.Contains(':', StringComparison.Ordinal) || address.Contains('[', StringComparison.Ordinal)
            || !IPAddress.TryParse(address, out var parsed) || parsed.AddressFamily != AddressFamily.InterNetworkV6)
        {
            throw Error(path, $"'{Shorten(text)}' is not an IPv6 address with an optional /0-128 prefix length.");
        }
    }

    public static readonly OpenC2ValueCheck Hashes = Map(
        1,
        ("md5", Hex(32)),
        ("sha1", Hex(40)),
        ("sha256", Hex(64)));

    public static readonly OpenC2ValueCheck File = Map(
        1,
        ("name", String),
        ("path", String),
        ("hashes", Hashes));

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex SimpleName();

    [GeneratedRegex("^(?!-)[A-Za-z0-9-]{1,63}(?<!-)\\z", RegexOptions.CultureInvariant)]
    private static partial Regex HostLabel();

    [GeneratedRegex("^([0-9a-fA-F]{2}[:-]){5}[0-9A-Fa-f]{2}(([:-][0-9A-Fa-f]{2}){2})?\\z", RegexOptions.CultureInvariant)]
    private static partial Regex MacPattern();

    [GeneratedRegex("^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(/(3[0-2]|[12]?[0-9]))?\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv4NetPattern();

    [GeneratedRegex("^[0-9]{1,3}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixPattern();
}
