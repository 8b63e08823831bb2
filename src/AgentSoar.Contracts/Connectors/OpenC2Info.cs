namespace AgentSoar.Contracts.Connectors;

/// <summary>The OpenC2 command a connector action corresponds to, as its connector declares it (e.g. <c>deny ipv4_net</c> in the <c>slpf</c> profile).</summary>
/// <param name="Action">The OpenC2 action (<c>deny</c>, <c>contain</c>, <c>query</c>...).</param>
/// <param name="Target">The OpenC2 target (<c>ipv4_net</c>, <c>device</c>, <c>er:account</c>...).</param>
/// <param name="Profile">The actuator profile the pair comes from (<c>slpf</c>, <c>er</c>), or null for the core language.</param>
public sealed record OpenC2Info(string Action, string Target, string? Profile = null);
