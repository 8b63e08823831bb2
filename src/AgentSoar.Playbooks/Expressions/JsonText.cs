using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentSoar.Playbooks.Expressions;

/// <summary>How values print as JSON text (to_json, lists and maps in interpolation).</summary>
internal static class JsonText
{
    // Readable output: 'é' and '"' stay as they are instead of \u00E9 and \u0022. The text goes to tickets and
    // webhooks as data, never into HTML unescaped, so the HTML-safe default buys nothing here.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(JsonNode? node) => node?.ToJsonString(Options) ?? "null";
}
