using System.ComponentModel.DataAnnotations;

namespace AgentSoar.Coordinator.Accounts;

/// <summary>The lockout of console accounts, bound from <c>AgentSoar:Accounts</c>.</summary>
public sealed class AccountOptions
{
    public const string Section = "AgentSoar:Accounts";

    /// <summary>Failed logins in a row that lock an account. Default 5.</summary>
    [Range(1, 100, ErrorMessage = "AgentSoar:Accounts:MaxFailedLogins must be between 1 and 100.")]
    public int MaxFailedLogins { get; set; } = 5;

    /// <summary>How long a locked account stays locked. Default 15 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "AgentSoar:Accounts:LockoutDuration must be between 1 second and 1 day.")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
