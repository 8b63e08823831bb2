namespace AgentSoar.Connectors.Sdk;

/// <summary>
/// How much harm a wrong execution of an action can do. The approval policy keys on it, so pick
/// the level of the worst plausible mistake, not of the usual case.
/// </summary>
public enum ActionRisk
{
    /// <summary>Reads, enriches or annotates; a mistake costs nothing but noise.</summary>
    Low,

    /// <summary>Changes something that is easy to notice and to undo (a ticket, a notification).</summary>
    Medium,

    /// <summary>Cuts off access or traffic (block an address, disable an account).</summary>
    High,

    /// <summary>Takes a whole machine or service out of the business (isolate a host, wipe a device).</summary>
    Critical,
}
