namespace AgentSoar.Console.Auth;

/// <summary>The roles API keys carry, and the policies built from them.</summary>
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
    public const string CanRun = "can-run";
    public const string CanWorkCases = "can-work-cases";
    public const string CanAdminister = "can-administer";
}
