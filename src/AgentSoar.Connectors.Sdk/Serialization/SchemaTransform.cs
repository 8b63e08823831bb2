using System.ComponentModel;
using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace AgentSoar.Connectors.Sdk;

/// <summary>Adds what the exporter cannot know: our converters' shapes and <see cref="DescriptionAttribute"/> texts.</summary>
/// <remarks>
/// Properties are fixed up from their parent object's node: the exporter does not call the
/// transform for every property (not for one with a default value and a custom converter).
/// </remarks>
internal static class SchemaTransform
{
    public static JsonNode Apply(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (context.PropertyInfo is null)
        {
            schema = ForType(context.TypeInfo.Type, nullable: false, schema);
            if (context.TypeInfo.Type.GetCustomAttribute<DescriptionAttribute>()?.Description is { } typeDescription && schema is JsonObject typeSchema)
            {
                typeSchema["description"] = typeDescription;
            }
        }

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && schema["properties"] is JsonObject properties)
        {
            foreach (var property in context.TypeInfo.Properties)
            {
                if (properties[property.Name] is { } node)
                {
                    properties[property.Name] = ForProperty(property, node);
                }
            }
        }

        return schema;
    }

    private static JsonNode ForProperty(JsonPropertyInfo property, JsonNode schema)
    {
        var nullable = property.IsGetNullable || property.IsSetNullable;
        schema = ForType(property.PropertyType, nullable, schema);
        var description = Description(property.AttributeProvider) ?? Description(property.AssociatedParameter?.AttributeProvider);
        if (description is not null)
        {
            if (schema is not JsonObject)
            {
                schema = new JsonObject();
            }

            schema["description"] = description;
        }

        return schema;
    }

    private static JsonNode ForType(Type type, bool nullable, JsonNode schema)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        nullable |= underlying is not null;
        var replacement = (underlying ?? type) switch
        {
            var t when t == typeof(TimeSpan) => StringSchema(nullable, "A duration such as 30s, 15m, 24h or 1d12h.", "pattern", DurationFormat.Pattern),
            var t when t == typeof(IPAddress) => StringSchema(
                nullable,
                "An IPv4 or IPv6 address.",
                "anyOf",
                new JsonArray(new JsonObject { ["format"] = "ipv4" }, new JsonObject { ["format"] = "ipv6" })),
            _ => null,
        };
        if (replacement is null)
        {
            return schema;
        }

        // Keep what the exporter knew and we do not: the default value of an optional parameter.
        if (schema is JsonObject original && original.TryGetPropertyValue("default", out var value))
        {
            replacement["default"] = value?.DeepClone();
        }

        return replacement;
    }

    private static JsonObject StringSchema(bool nullable, string description, string rule, JsonNode ruleValue) => new()
    {
        ["type"] = nullable ? new JsonArray("string", "null") : "string",
        ["description"] = description,
        [rule] = ruleValue,
    };

    private static string? Description(ICustomAttributeProvider? provider) =>
        provider?.GetCustomAttributes(typeof(DescriptionAttribute), inherit: true).OfType<DescriptionAttribute>().FirstOrDefault()?.Description;
}
