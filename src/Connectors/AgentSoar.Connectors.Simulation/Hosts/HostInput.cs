using AgentSoar.Connectors.Sdk;
using System.ComponentModel;

namespace AgentSoar.Connectors.Simulation;

internal sealed record HostInput([Description("The host's name (or fully qualified domain name).")] string Hostname)
{
    public ActionFailure? Check() => Uri.CheckHostName(Hostname) == UriHostNameType.Unknown
        ? ActionFailure.InvalidInput($"hostname '{Hostname}' is not a valid host name.")
        : null;
}
