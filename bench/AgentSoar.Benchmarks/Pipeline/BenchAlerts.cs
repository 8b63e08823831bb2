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
        return new JsonObject
        {
            ["activity_id"] = 1,
            ["category_uid"] = 2,
            ["class_uid"] = 2004,
            ["type_uid"] = 200401,
            ["severity_id"] = 3,
            ["time"] = 1_763_700_000_000,
            ["message"] = "Benchmark alert " + ip,
            ["metadata"] = new JsonObject { ["version"] = "1.3.0", ["product"] = new JsonObject { ["name"] = "Benchmark", ["vendor_name"] = "AgentSoar" } },
            ["finding_info"] = new JsonObject { ["uid"] = Guid.NewGuid().ToString(), ["title"] = "Benchmark alert " + ip },
            ["observables"] = new JsonArray(new JsonObject { ["name"] = "src_endpoint.ip", ["type_id"] = 2, ["type"] = "IP Address", ["value"] = ip }),
        }.ToJsonString();
    }
}
