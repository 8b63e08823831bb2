using System.Security.Claims;
using AgentSoar.Console.Auth;
using AgentSoar.Contracts;

namespace AgentSoar.Console.Runs;

/// <summary>How risky a playbook or action a caller may start by hand: analysts low-risk ones only, responders and admins any.</summary>
public static class RunRisk
{
    public static RiskLevel? MaxFor(ClaimsPrincipal caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsInRole(Roles.Responder) || caller.IsInRole(Roles.Admin) ? null : RiskLevel.Low;
    }
}
