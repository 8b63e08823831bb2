using System.Text.Json;

namespace AgentSoar.Planning.Tests.Llm;

/// <summary>One request the scripted server received, as it came over the wire.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The content of the message with <paramref name="role"/>.</summary>
    public string Message(string role) =>
        Json.GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("role").GetString() == role).GetProperty("content").GetString()!;
}
