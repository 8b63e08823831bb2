using System.ComponentModel;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed record BlockDomainInput(
    [Description("The domain to stop resolving, e.g. login-update.invalid.")] string Domain,
    [Description("How long; until unblock_domain when absent.")] TimeSpan? Duration = null)
{
    public ActionFailure? Check() => DomainNames.Check(Domain)
        ?? (Duration is { } d && d <= TimeSpan.Zero ? ActionFailure.InvalidInput("duration must be positive.") : null);
}
