using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal static class DomainNames
{
    public static ActionFailure? Check(string domain) =>
        Uri.CheckHostName(domain) == UriHostNameType.Dns ? null : ActionFailure.InvalidInput("domain must be a DNS name.");
}
