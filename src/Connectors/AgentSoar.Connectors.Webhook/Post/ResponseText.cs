using System.Text;

namespace AgentSoar.Connectors.Webhook;

/// <summary>Reads at most a given number of characters of a response, so a huge answer cannot flood the bus.</summary>
internal static class ResponseText
{
    public static async Task<(string Text, bool Truncated)> ReadAsync(HttpContent content, int maxChars, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var buffer = new char[maxChars + 1];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        return read > maxChars ? (new string(buffer, 0, maxChars), true) : (new string(buffer, 0, read), false);
    }
}
