using System.Net;
using System.Text.Json;

namespace AgentSoar.Connectors.Nftables;

/// <summary>Reads what <c>nft -j list ...</c> prints.</summary>
internal static class NftJson
{
    /// <summary>The nft version from the <c>metainfo</c> object, or <c>unknown</c>.</summary>
    public static string Version(string json)
    {
        foreach (var item in Items(json))
        {
            if (item.TryGetProperty("metainfo", out var meta) && meta.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String)
            {
                return version.GetString()!;
            }
        }

        return "unknown";
    }

    /// <summary>Whether the listing holds table <paramref name="name"/> of <paramref name="family"/>.</summary>
    public static bool HasTable(string json, string family, string name) =>
        Items(json).Any(item => item.TryGetProperty("table", out var table)
            && table.TryGetProperty("family", out var f) && f.GetString() == family
            && table.TryGetProperty("name", out var n) && n.GetString() == name);

    /// <summary>The elements of set <paramref name="set"/> in a table listing; none when the set is absent.</summary>
    public static IReadOnlyList<NftElement> Elements(string json, string set)
    {
        var elements = new List<NftElement>();
        foreach (var item in Items(json))
        {
            if (item.TryGetProperty("set", out var node) && node.TryGetProperty("name", out var name) && name.GetString() == set
                && node.TryGetProperty("elem", out var elems) && elems.ValueKind == JsonValueKind.Array)
            {
                foreach (var elem in elems.EnumerateArray())
                {
                    if (Element(elem) is { } element)
                    {
                        elements.Add(element);
                    }
                }
            }
        }

        return elements;
    }

    private static IEnumerable<JsonElement> Items(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("nftables", out var items) && items.ValueKind == JsonValueKind.Array
            ? items.EnumerateArray().Select(item => item.Clone()).ToList()
            : [];
    }

    private static NftElement? Element(JsonElement elem)
    {
        TimeSpan? timeout = null, expires = null;
        if (elem.ValueKind == JsonValueKind.Object && elem.TryGetProperty("elem", out var wrapped))
        {
            timeout = Seconds(wrapped, "timeout");
            expires = Seconds(wrapped, "expires");
            elem = wrapped.TryGetProperty("val", out var value) ? value : default;
        }

        switch (elem.ValueKind)
        {
            case JsonValueKind.String when IPAddress.TryParse(elem.GetString(), out var address):
                return new NftElement(address.ToString(), address.GetAddressBytes(), address.GetAddressBytes(), timeout, expires);
            case JsonValueKind.Object when elem.TryGetProperty("prefix", out var prefix)
                && IPAddress.TryParse(prefix.GetProperty("addr").GetString(), out var network)
                && prefix.GetProperty("len").TryGetInt32(out var length):
                var target = new IpTarget(new IPNetwork(network, length));
                return new NftElement(target.ToString(), target.Start, target.End, timeout, expires);
            case JsonValueKind.Object when elem.TryGetProperty("range", out var range) && range.GetArrayLength() == 2
                && IPAddress.TryParse(range[0].GetString(), out var first)
                && IPAddress.TryParse(range[1].GetString(), out var last):
                return new NftElement($"{first}-{last}", first.GetAddressBytes(), last.GetAddressBytes(), timeout, expires);
            default:
                return null;
        }
    }

    private static TimeSpan? Seconds(JsonElement elem, string name) =>
        elem.TryGetProperty(name, out var value) && value.TryGetInt64(out var seconds) ? TimeSpan.FromSeconds(seconds) : null;
}
