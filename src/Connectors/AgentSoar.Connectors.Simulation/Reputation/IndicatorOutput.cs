using System.ComponentModel;

namespace AgentSoar.Connectors.Simulation;

internal sealed record IndicatorOutput(
    string Indicator,
    [Description("malicious, suspicious or unknown.")] IpVerdict Verdict,
    [Description("0 (nothing known) to 100 (certainly bad).")] int Score,
    string Source);
