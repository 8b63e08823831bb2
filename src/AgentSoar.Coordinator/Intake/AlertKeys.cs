using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AgentSoar.Storage;

namespace AgentSoar.Coordinator.Intake;

/// <summary>
/// What intake groups an alert by, read from its OCSF finding: the fingerprint that makes a repeat recognisable
/// (the detection — product and rule — and its observables, except the ones that change from one event to the next)
/// and the hosts, users and IP addresses it may share with an incident.
/// </summary>
internal sealed record AlertKeys(string Fingerprint, IReadOnlyList<IncidentKey> Correlation)
{
    public static readonly IReadOnlyList<string> CorrelationKinds = ["host", "user", "ip"];

    /// <summary>More keys than this from one alert says more about the alert than about what it shares.</summary>
    private const int MaxCorrelationKeys = 32;

    // OCSF observable type ids: 1 hostname, 2 IP address, 4 user name; 11 port and 15 process id change per event.
    private const int Hostname = 1;
    private const int IpAddress = 2;
    private const int UserName = 4;
    private static readonly HashSet<int> PerEvent = [11, 15];

    private static readonly HashSet<string> BuiltInIgnored = new(StringComparer.OrdinalIgnoreCase)
    {
        "-", "n/a", "localhost", "system", "nt authority\\system", "local service", "network service", "anonymous logon",
    };

    public static AlertKeys Of(JsonElement finding, IntakeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var observables = Observables(finding);
        var ignored = new HashSet<string>(options.IgnoreValues, StringComparer.OrdinalIgnoreCase);
        var correlation = observables
            .Select(o => Correlated(o.TypeId, o.Value))
            .OfType<IncidentKey>()
            .Where(k => options.CorrelateOn.Contains(k.Kind, StringComparer.Ordinal) && !ignored.Contains(k.Value))
            .Distinct()
            .Take(MaxCorrelationKeys)
            .ToList();
        return new AlertKeys(FingerprintOf(finding, observables), correlation);
    }

    private static string FingerprintOf(JsonElement finding, IReadOnlyList<(int TypeId, string Value)> observables)
    {
        var text = new StringBuilder()
            .Append(Text(finding, "metadata", "product", "name")).Append('\n')
            .Append(Text(finding, "finding_info", "analytic", "uid") ?? Text(finding, "finding_info", "title")).Append('\n');
        foreach (var (typeId, value) in observables.Where(o => !PerEvent.Contains(o.TypeId))
            .Select(o => (o.TypeId, Value: o.Value.ToLowerInvariant())).Distinct().OrderBy(o => o.TypeId).ThenBy(o => o.Value, StringComparer.Ordinal))
        {
            text.Append(typeId.ToString(CultureInfo.InvariantCulture)).Append('=').Append(value).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static IncidentKey? Correlated(int typeId, string raw)
    {
        var value = raw.Trim().ToLowerInvariant();
        if (value.Length == 0 || value.Length > 256 || BuiltInIgnored.Contains(value))
        {
            return null;
        }

        return typeId switch
        {
            Hostname => new IncidentKey("host", value),
            UserName => new IncidentKey("user", value),
            IpAddress when IPAddress.TryParse(value, out var ip) && !IPAddress.IsLoopback(ip) && !ip.Equals(IPAddress.Any) && !ip.Equals(IPAddress.IPv6Any) =>
                new IncidentKey("ip", ip.ToString()),
            _ => null,
        };
    }

    private static List<(int TypeId, string Value)> Observables(JsonElement finding)
    {
        var list = new List<(int, string)>();
        if (finding.ValueKind == JsonValueKind.Object && finding.TryGetProperty("observables", out var observables) && observables.ValueKind == JsonValueKind.Array)
        {
            foreach (var o in observables.EnumerateArray())
            {
                if (o.ValueKind == JsonValueKind.Object
                    && o.TryGetProperty("type_id", out var type) && type.ValueKind == JsonValueKind.Number && type.TryGetInt32(out var typeId)
                    && o.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
                {
                    list.Add((typeId, text));
                }
            }
        }

        return list;
    }

    private static string? Text(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }
}
