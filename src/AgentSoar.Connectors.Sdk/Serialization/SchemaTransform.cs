using System.ComponentModel;
using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace AgentSoar.Connectors.Sdk;

/// <summary>Adds what the exporter cannot know: our converters' shapes and <see cref="DescriptionAttribute"/> texts.</summary>
internal static class SchemaTransform
{
    public static JsonNode Apply(JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        var nullable = underlying is not null || context.PropertyInfo is { IsGetNullable: true } or { IsSetNullable: true };

        if ((underlying ?? type) == typeof(TimeSpan))
        {
            schema = StringSchema(nullable, "A duration such as 30s, 15m, 24h or 1d12h.");
            schema["pattern"] = DurationFormat.Pattern;
        }
        else if (type == typeof(IPAddress))
        {
            schema = StringSchema(nullable, "An IPv4 or IPv6 address.");
            schema["anyOf"] = new JsonArray(new JsonObject { ["format"] = "ipv4" }, new JsonObject { ["format"] = "ipv6" });
        }

        var description = DescriptionOf(context);
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

    private static JsonObject StringSchema(bool nullable, string description) => new()
    {
        ["type"] = nullable ? new JsonArray("string", "null") : "string",
        ["description"] = description,
    };

    private static string? DescriptionOf(JsonSchemaExporterContext context)
    {
        if (context.PropertyInfo is { } property)
        {
            return Description(property.AttributeProvider) ?? Description(property.AssociatedParameter?.AttributeProvider);
        }

        // The root type and collection elements: the type's own description.
        return context.TypeInfo.Type.GetCustomAttribute<DescriptionAttribute>()?.Description;
    }

    private static string? Description(ICustomAttributeProvider? provider) =>
        provider?.GetCustomAttributes(typeof(DescriptionAttribute), inherit: true).OfType<DescriptionAttribute>().FirstOrDefault()?.Description;
}
