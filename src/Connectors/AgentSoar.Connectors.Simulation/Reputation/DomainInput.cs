using System.ComponentModel;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed record DomainInput([Description("A domain name, e.g. login-update.invalid.")] string Domain)
{
    public ActionFailure? Check() => DomainNames.Check(Domain);
}
