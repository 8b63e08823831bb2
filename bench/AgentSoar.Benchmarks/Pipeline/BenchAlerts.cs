using System.Text.Json.Nodes;

namespace AgentSoar.Benchmarks.Pipeline;

/// <summary>
/// OCSF Detection Findings, each with an address of its own: no two share a fingerprint (intake would
/// fold a repeat into the first) or an address (correlation would join them to one incident), so each
/// opens its own incident and is planned on its own.
/// </summary>
internal static class BenchAlerts
{
    public static string Numbered(int run, int index)
    {
        var ip = $"10.{run % 256}.{(index >> 8) & 255}.{index & 255}";
        return Finding("Benchmark alert " + ip, new JsonObject { ["name"] = "src_endpoint.ip", ["type_id"] = 2, ["type"] = "IP Address", ["value"] = ip });
    }

    /// <summary>
    /// An alert naming one host and no address, titled for the playbook it is meant for ("Benchmark
    /// containment", "Benchmark approval"); the host's name is <see cref="HostName"/>.
    /// </summary>
    public static string ForHost(string title, string hostname) =>
        Finding($"{title} {hostname}", new JsonObject { ["name"] = "device.hostname", ["type_id"] = 1, ["type"] = "Hostname", ["value"] = hostname });

    /// <summary>A host name of its own for each alert of a phase: <c>bench-PREFIX-RUN-INDEX</c> (<c>warm</c> for a negative index: the warm-up).</summary>
    public static string HostName(string prefix, string run, int index) => $"bench-{prefix}-{run}-{(index < 0 ? "warm" : index.ToString(System.Globalization.CultureInfo.InvariantCulture))}";

    private static string Finding(string title, JsonObject observable) =>
        new JsonObject
        {
            ["activity_id"] = 1,
            ["category_uid"] = 2,
            ["class_uid"] = 2004,
            ["type_uid"] = 200401,
            ["severity_id"] = 3,
            ["time"] = 1_763_700_000_000,
            ["message"] = title,
            ["metadata"] = new JsonObject { ["version"] = "1.3.0", ["product"] = new JsonObject { ["name"] = "Benchmark", ["vendor_name"] = "AgentSoar" } },
            ["finding_info"] = new JsonObject { ["uid"] = Guid.NewGuid().ToString(), ["title"] = title },
            ["observables"] = new JsonArray(observable),
        }.ToJsonString();
}
