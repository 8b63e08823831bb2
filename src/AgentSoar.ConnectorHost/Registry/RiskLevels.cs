using AgentSoar.Connectors.Sdk;
using AgentSoar.Contracts;

namespace AgentSoar.ConnectorHost.Registry;

/// <summary>The SDK's risk (kept free of the contracts assembly) as the contracts' risk.</summary>
internal static class RiskLevels
{
    public static RiskLevel From(ActionRisk risk) => risk switch
    {
        ActionRisk.Low => RiskLevel.Low,
        ActionRisk.Medium => RiskLevel.Medium,
        ActionRisk.High => RiskLevel.High,

        // An unknown value from a newer SDK is treated as the worst, never as harmless.
        _ => RiskLevel.Critical,
    };
}
