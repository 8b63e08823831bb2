using System.Text.Json.Nodes;

namespace AgentSoar.Connectors.Conformance.Tests;

/// <summary>Realistic values for the input fields the first-party connectors share, over the kit's plain defaults.</summary>
internal static class Samples
{
    private static readonly Dictionary<string, Func<JsonNode>> Values = new(StringComparer.Ordinal)
    {
        ["ip"] = () => "192.0.2.10",
        ["hash"] = () => "d41d8cd98f00b204e9800998ecf8427e",
        ["domain"] = () => "login-update.example",
        ["url"] = () => "https://login-update.example/reset",
        ["hostname"] = () => "ws-042",
        ["user"] = () => "jdoe",
        ["message_id"] = () => "<incident-42@mail.example>",
        ["to"] = () => new JsonArray("analyst@example.com"),
        ["subject"] = () => "Conformance",
        ["body"] = () => "A plain message.",
    };

    /// <summary>Replaces every field of <paramref name="input"/> that has a realistic value.</summary>
    public static JsonObject Fill(JsonObject input)
    {
        foreach (var name in input.Select(property => property.Key).ToList())
        {
            if (Values.TryGetValue(name, out var value))
            {
                input[name] = value();
            }
        }

        return input;
    }
}
