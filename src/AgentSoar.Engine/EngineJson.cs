using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentSoar.Engine;

/// <summary>The one JSON shape of engine state and policy: snake_case names and enum values.</summary>
public static class EngineJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string EnumName<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
