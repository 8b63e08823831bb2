namespace AgentSoar.Contracts;

/// <summary>How much harm a wrong execution of an action can do; the approval policy keys on it.</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
    Critical,
}
