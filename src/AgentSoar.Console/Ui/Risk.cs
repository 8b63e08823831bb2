using AgentSoar.Contracts;

namespace AgentSoar.Console.Ui;

/// <summary>Risk levels as badges (the stylesheet colours <c>risk-high</c> and <c>risk-critical</c>).</summary>
public static class Risk
{
    public static string Css(RiskLevel? level) => "risk risk-" + Name(level);

    public static string Name(RiskLevel? level) => level?.ToString().ToLowerInvariant() ?? "unknown";
}
