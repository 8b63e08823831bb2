namespace AgentSoar.Console.Auth;

/// <summary>
/// The roles people and API keys carry, and the policies built from them. A viewer reads; an analyst also works cases and
/// runs low-risk playbooks; a responder also approves, runs anything and rolls back; an admin also manages accounts and keys.
/// </summary>
public static class Roles
{
    public const string Viewer = "viewer";
    public const string Admin = "admin";
    public const string Analyst = "analyst";
    public const string Responder = "responder";
    public const string Ingest = "ingest";

    public const string CanIngest = "can-ingest";
    public const string CanRead = "can-read";
    public const string CanDecide = "can-decide";
    /// <summary>Start a playbook: analysts only those whose actions are all low risk (the Coordinator checks), responders any.</summary>
    public const string CanRun = "can-run";

    /// <summary>Act on what already happened: roll a run back.</summary>
    public const string CanRespond = "can-respond";
    public const string CanWorkCases = "can-work-cases";
    public const string CanAdminister = "can-administer";
}
