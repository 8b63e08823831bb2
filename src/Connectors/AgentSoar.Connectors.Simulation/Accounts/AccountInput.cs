using System.ComponentModel;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed record AccountInput([Description("The account's user name.")] string User)
{
    public ActionFailure? Check() => string.IsNullOrWhiteSpace(User)
        ? ActionFailure.InvalidInput("user must not be empty.")
        : null;
}
