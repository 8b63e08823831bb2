namespace AgentSoar.Contracts;

/// <summary>How much an asset matters to the organisation (the approval policy's asset classes); the gate keys on it besides the action's risk.</summary>
public enum AssetCriticality
{
    Low,
    Medium,
    High,
    Critical,
}
