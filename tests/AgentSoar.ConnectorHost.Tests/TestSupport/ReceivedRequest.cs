namespace AgentSoar.ConnectorHost.Tests.TestSupport;

public sealed record ReceivedRequest(string Path, IReadOnlyDictionary<string, string> Headers, string Body);
