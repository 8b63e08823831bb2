namespace AgentSoar.Console.Ui;

/// <summary>The authorization policy of the console's pages and hub: a person signed in with the console cookie.</summary>
public static class ConsoleUiPolicy
{
    public const string SignedIn = "console-signed-in";
}
