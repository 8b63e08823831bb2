namespace AgentSoar.ConnectorHost.Tests.TestSupport;

public sealed record ReceivedRequest(string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string Method { get; init; } = "POST";

    public string Query { get; init; } = string.Empty;
}
