using System.ComponentModel;

namespace AgentSoar.Connectors.Simulation;

internal sealed record LookupIpOutput(
    string Ip,
    [Description("malicious, suspicious or unknown.")] IpVerdict Verdict,
    [Description("0 (nothing known) to 100 (certainly bad).")] int Score,
    string Source);
