using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentSoar.Planning.Llm.Prompt;

/// <summary>
/// The alert as untrusted data in the prompt: JSON-encoded between two marker lines that carry a random nonce.
/// The encoder escapes <c>&lt;</c>, <c>&gt;</c>, quotes, control characters and every non-ASCII character, so the
/// alert's text can neither write the closing marker (it does not know the nonce and cannot write a <c>&gt;</c>)
/// nor hide text in look-alike, invisible or right-to-left characters.
/// </summary>
public sealed record AlertFence(string Nonce, string Json)
{
    // Default escapes HTML-sensitive and all non-ASCII characters: exactly what the fence relies on.
    private static readonly JsonSerializerOptions Encoding = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = false };

    /// <summary>The line that opens the block.</summary>
    public string Open => $"<<<ALERT {Nonce}";

    /// <summary>The line that closes the block.</summary>
    public string Close => $"ALERT {Nonce}>>>";

    /// <summary>The fenced block: the opening line, the alert as JSON, the closing line.</summary>
    public string Block => $"{Open}\n{Json}\n{Close}";

    /// <summary>Fences <paramref name="finding"/> without its <c>raw_data</c> (the unparsed original, which the guardrails never count as evidence).</summary>
    public static AlertFence Of(JsonNode finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var shown = finding.DeepClone();
        if (shown is JsonObject obj)
        {
            obj.Remove("raw_data");
        }

        return new AlertFence(NewNonce(), shown.ToJsonString(Encoding));
    }

    /// <summary>128 random bits as hex: not guessable by whoever wrote the alert.</summary>
    public static string NewNonce() => RandomNumberGenerator.GetHexString(32, lowercase: true);
}
