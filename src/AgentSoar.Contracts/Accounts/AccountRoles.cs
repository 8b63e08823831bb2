namespace AgentSoar.Contracts.Accounts;

/// <summary>The roles of console accounts, from least to most.</summary>
public static class AccountRoles
{
    /// <summary>Reads everything; changes nothing.</summary>
    public const string Viewer = "viewer";

    /// <summary>Comments, works cases, runs low-risk actions.</summary>
    public const string Analyst = "analyst";

    /// <summary>Approves, runs playbooks.</summary>
    public const string Responder = "responder";

    /// <summary>Manages accounts, policy and API keys.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Viewer, Analyst, Responder, Admin];
}
