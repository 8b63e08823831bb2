namespace AgentSoar.Console.Admin;

/// <summary>The authorization policy of the admin pages and their forms: a person signed in with the console cookie who has the admin role.</summary>
public static class ConsoleAdminPolicy
{
    public const string Name = "console-admin";
}
