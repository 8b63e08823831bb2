namespace AgentSoar.Connectors.Simulation;

/// <summary>The reputation of an address (written <c>malicious</c>, <c>suspicious</c>, <c>unknown</c>).</summary>
public enum IpVerdict
{
    /// <summary>No opinion.</summary>
    Unknown,

    /// <summary>Worth a look.</summary>
    Suspicious,

    /// <summary>Known bad.</summary>
    Malicious,
}
