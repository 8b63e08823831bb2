using System.Text.Json.Nodes;

namespace AgentSoar.IntegrationTests.Infrastructure;

/// <summary>OCSF Detection Findings as a detector would send them.</summary>
public static class Alerts
{
    public const string MaliciousIp = "203.0.113.7";

    public static string C2Beacon(string ip = MaliciousIp, string? uid = null) => new JsonObject
    {
        ["activity_id"] = 1,
        ["category_uid"] = 2,
        ["class_uid"] = 2004,
        ["type_uid"] = 200401,
        ["severity_id"] = 3,
        ["time"] = 1_763_700_000_000,
        ["message"] = "Outbound beacon to a known C2 address",
        ["metadata"] = new JsonObject { ["version"] = "1.3.0", ["product"] = new JsonObject { ["name"] = "Suricata", ["vendor_name"] = "OISF" } },
        ["finding_info"] = new JsonObject
        {
            ["uid"] = uid ?? Guid.NewGuid().ToString(),
            ["title"] = "C2 beacon to " + ip,
            ["attacks"] = new JsonArray(new JsonObject
            {
                ["technique"] = new JsonObject { ["uid"] = "T1071.001", ["name"] = "Web Protocols" },
                ["tactic"] = new JsonObject { ["uid"] = "TA0011", ["name"] = "Command and Control" },
            }),
        },
        ["observables"] = new JsonArray(new JsonObject { ["name"] = "dst_endpoint.ip", ["type_id"] = 2, ["type"] = "IP Address", ["value"] = ip }),
    }.ToJsonString();

    /// <summary>A low-severity port scan from <paramref name="ip"/>: enrichment, not containment.</summary>
    public static string PortScan(string ip) => new JsonObject
    {
        ["activity_id"] = 1,
        ["category_uid"] = 2,
        ["class_uid"] = 2004,
        ["type_uid"] = 200401,
        ["severity_id"] = 2,
        ["time"] = 1_763_700_000_000,
        ["message"] = "Port scan from " + ip,
        ["metadata"] = new JsonObject { ["version"] = "1.3.0", ["product"] = new JsonObject { ["name"] = "Suricata", ["vendor_name"] = "OISF" } },
        ["finding_info"] = new JsonObject
        {
            ["uid"] = Guid.NewGuid().ToString(),
            ["title"] = "Port scan from " + ip,
            ["attacks"] = new JsonArray(new JsonObject
            {
                ["technique"] = new JsonObject { ["uid"] = "T1046", ["name"] = "Network Service Discovery" },
                ["tactic"] = new JsonObject { ["uid"] = "TA0007", ["name"] = "Discovery" },
            }),
        },
        ["observables"] = new JsonArray(new JsonObject { ["name"] = "src_endpoint.ip", ["type_id"] = 2, ["type"] = "IP Address", ["value"] = ip }),
    }.ToJsonString();
}
