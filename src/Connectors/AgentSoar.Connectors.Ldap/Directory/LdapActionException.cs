using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Ldap;

/// <summary>Carries a named failure out of a helper to the action's result; never escapes the connector.</summary>
internal sealed class LdapActionException(ActionFailure failure) : Exception(failure.Message)
{
    public ActionFailure Failure { get; } = failure;
}
