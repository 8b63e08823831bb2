namespace AgentSoar.Connectors.Sdk;

/// <summary>The OpenC2 command an action corresponds to, e.g. <c>deny ipv4_net</c> in the <c>slpf</c> profile.</summary>
/// <param name="Action">The OpenC2 action (<c>deny</c>, <c>contain</c>, <c>set</c>, <c>query</c>...).</param>
/// <param name="Target">The OpenC2 target (<c>ipv4_net</c>, <c>device</c>, <c>er:account</c>...).</param>
/// <param name="Profile">The actuator profile the pair comes from (<c>slpf</c>, <c>er</c>), when it is not in the core language.</param>
public sealed record OpenC2Mapping(string Action, string Target, string? Profile = null);
