using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Contracts.DeadLetters;
using AgentSoar.Contracts.Secrets;

namespace AgentSoar.Console.DeadLetters;

/// <summary>
/// Masks secret-named fields in a dead letter's body before the API returns it. Every service masks before it
/// announces and the Coordinator before it stores; the API is the edge secrets must never cross, so it masks too.
/// </summary>
public static class DeadLetterMasking
{
    public static DeadLetterView Mask(DeadLetterView letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        if (letter.Body is null)
        {
            return letter;
        }

        try
        {
            return letter with { Body = SecretFields.Mask(JsonNode.Parse(letter.Body))?.ToJsonString() ?? letter.Body };
        }
        catch (JsonException)
        {
            // Not JSON (the reason it failed, often): there are no field names to go by.
            return letter;
        }
    }
}
