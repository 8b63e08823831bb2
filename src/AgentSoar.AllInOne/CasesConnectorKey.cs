using System.Security.Cryptography;

namespace AgentSoar.AllInOne;

/// <summary>
/// In one process the <c>cases</c> connector calls this very process's API. It gets a key of its own, minted
/// at each start and held only in memory, with the analyst role (enough for case work, nothing more), so the
/// audit trail shows its changes as <c>cases-connector</c>. These settings come just after the defaults, so
/// any setting given for the connector (its own key, address, or simulation) wins.
/// </summary>
internal static class CasesConnectorKey
{
    public const string KeyName = "cases-connector";

    public static Dictionary<string, string?> Settings(IConfiguration configuration)
    {
        var settings = new Dictionary<string, string?>();
        if (!string.IsNullOrEmpty(configuration["AgentSoar:Connectors:cases:ApiKey"]))
        {
            return settings;
        }

        var key = "as_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        settings["AgentSoar:Api:InternalKeys:0:Name"] = KeyName;
        settings["AgentSoar:Api:InternalKeys:0:Key"] = key;
        settings["AgentSoar:Api:InternalKeys:0:Roles:0"] = "analyst";
        settings["AgentSoar:Connectors:cases:ApiKey"] = key;
        settings["AgentSoar:Connectors:cases:ApiUrl"] = OwnUrl(configuration["urls"]);

        // It only ever changes this AgentSoar's own incidents, so it acts for real even when the others simulate.
        settings["AgentSoar:Connectors:cases:Simulation"] = "false";
        return settings;
    }

    /// <summary>The first listening address, with a wildcard host replaced by the loopback address.</summary>
    private static string OwnUrl(string? urls)
    {
        var first = (urls ?? "http://127.0.0.1:5080").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "http://127.0.0.1:5080";
        var schemeEnd = first.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return first;
        }

        var rest = first[(schemeEnd + 3)..];
        var hostEnd = rest.StartsWith('[') ? rest.IndexOf(']', StringComparison.Ordinal) + 1 : rest.IndexOf(':', StringComparison.Ordinal);
        var host = hostEnd > 0 ? rest[..hostEnd] : rest.TrimEnd('/');
        return host is "*" or "+" or "0.0.0.0" or "[::]" ? first[..(schemeEnd + 3)] + "127.0.0.1" + rest[host.Length..] : first;
    }
}
