namespace AgentSoar.Planning.Chat;

/// <summary>Turns an analyst's free text into one command of the chat grammar (<see cref="ChatCommandParser"/>), or says it can't.</summary>
public interface IChatTranslator
{
    /// <returns>The command, or null with the reason.</returns>
    Task<(string? Command, string? Problem)> TranslateAsync(string message, CancellationToken ct);
}
