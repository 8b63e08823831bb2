namespace AgentSoar.Planning.Chat;

/// <summary>
/// What an analyst's message asks for: the grammar first; free text, when a translator (the language model) is
/// configured, rewritten as one command of the grammar and then held to everything a typed command is, and to one
/// more rule: the value it acts on must occur in what the analyst wrote.
/// </summary>
public static class ChatUnderstanding
{
    /// <returns>The intent, and the command the translator read the message as (null when typed as a command).</returns>
    public static async Task<(ChatIntent Intent, string? ReadAs)> UnderstandAsync(string message, IChatTranslator? translator, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var intent = ChatCommandParser.Parse(message);
        if (intent.Kind != ChatIntentKind.Unknown || translator is null || message.Length > ChatCommandParser.MaxMessageLength)
        {
            return (intent, null);
        }

        var (command, problem) = await translator.TranslateAsync(message, ct);
        if (command is null)
        {
            return (new ChatIntent(ChatIntentKind.Unknown, Problem: problem), null);
        }

        var read = ChatCommandParser.Parse(command);
        if (read.Action is { } action && !message.Contains(action.Value, StringComparison.OrdinalIgnoreCase))
        {
            return (new ChatIntent(ChatIntentKind.Unknown, Problem: $"I read that as \"{command}\", but {action.Value} is not in your message; say it as a command. {ChatCommandParser.Help}"), command);
        }

        return (read, command);
    }
}
