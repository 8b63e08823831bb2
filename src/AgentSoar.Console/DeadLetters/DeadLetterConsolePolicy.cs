namespace AgentSoar.Console.DeadLetters;

/// <summary>The dead-letter page and its replay form: a person signed in with the console cookie who is a responder or an admin.</summary>
public static class DeadLetterConsolePolicy
{
    public const string Name = "console-dead-letters";
}
