namespace AgentSoar.Storage;

/// <summary>Something an incident involves that another alert may share: a host, a user, an IP address.</summary>
/// <param name="Kind"><c>host</c>, <c>user</c> or <c>ip</c>.</param>
/// <param name="Value">The value, normalised by the caller (lower case).</param>
public sealed record IncidentKey(string Kind, string Value);

/// <summary>An open incident that involves <paramref name="Key"/>, last seen at <paramref name="LastSeenAt"/>.</summary>
public sealed record IncidentKeyMatch(Guid IncidentId, IncidentKey Key, DateTimeOffset LastSeenAt);
