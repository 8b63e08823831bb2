using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentSoar.Contracts.Secrets;

/// <summary>
/// Masks the values of fields whose names say they hold a secret (<c>password</c>, <c>api_key</c>,
/// <c>client_secret</c>, <c>access_token</c>, <c>authorization</c>...) wherever a run is shown: the API's
/// run views and the command line's trace. A step's inputs are rendered from the alert and the
/// playbook, so nothing else can know which of them is a secret; the name is the one signal.
/// </summary>
/// <remarks>
/// Under a secret name every string and number is replaced by <see cref="Replacement"/>, however deeply
/// nested; <c>true</c>, <c>false</c> and <c>null</c> are kept, since a flag such as
/// <c>must_change_password: true</c> reveals nothing and says what happened.
/// </remarks>
public static class SecretFields
{
    /// <summary>What a secret value is shown as.</summary>
    public const string Replacement = "***";

    // Compared with the name lower-cased and without '_', '-' and '.', so api_key, apiKey and Api-Key match alike.
    private static readonly string[] SecretEndings =
        ["password", "passwd", "passphrase", "secret", "token", "apikey", "privatekey", "credential", "credentials", "authorization", "cookie"];

    /// <summary>Whether a field of this name holds a secret.</summary>
    /// <param name="name">The field's name.</param>
    /// <returns>True for names such as <c>password</c>, <c>api_key</c>, <c>client_secret</c> or <c>X-Auth-Token</c>.</returns>
    public static bool IsSecretName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalised = new string([.. name.Where(c => c is not ('_' or '-' or '.')).Select(char.ToLowerInvariant)]);
        return SecretEndings.Any(ending => normalised.EndsWith(ending, StringComparison.Ordinal));
    }

    /// <summary>A copy of <paramref name="node"/> with the values of secret fields masked.</summary>
    /// <param name="node">The JSON value (not changed).</param>
    /// <returns>The masked copy, or null for null.</returns>
    public static JsonNode? Mask(JsonNode? node) => Copy(node, underSecret: false);

    /// <summary>A copy of <paramref name="element"/> with the values of secret fields masked.</summary>
    /// <param name="element">The JSON value.</param>
    /// <returns>The masked copy.</returns>
    public static JsonElement Mask(JsonElement element) =>
        element.ValueKind == JsonValueKind.Undefined
            ? element
            : JsonSerializer.SerializeToElement(Copy(JsonNode.Parse(element.GetRawText()), underSecret: false));

    private static JsonNode? Copy(JsonNode? node, bool underSecret)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    copy[name] = Copy(value, underSecret || IsSecretName(name));
                }

                return copy;
            case JsonArray array:
                return new JsonArray([.. array.Select(item => Copy(item, underSecret))]);
            case JsonValue value when underSecret && value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number:
                return JsonValue.Create(Replacement);
            default:
                return node?.DeepClone();
        }
    }
}
