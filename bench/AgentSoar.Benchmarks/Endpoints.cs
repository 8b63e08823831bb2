using System.Globalization;

namespace AgentSoar.Benchmarks;

/// <summary>HOST:PORT as the options and scripts/servers.sh give the broker.</summary>
internal static class Endpoints
{
    public static (string Host, int Port) HostAndPort(string endpoint)
    {
        var colon = endpoint.LastIndexOf(':');
        return colon > 0 && int.TryParse(endpoint[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            ? (endpoint[..colon], port)
            : throw new ArgumentException($"--rabbitmq takes HOST:PORT, not '{endpoint}'.");
    }
}
