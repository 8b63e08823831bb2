using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AgentSoar.Connectors.Sdk;

/// <summary>
/// The one JSON convention of connector inputs and outputs, used by the host to read inputs, write
/// outputs and publish schemas, so that all three always agree.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Member names and enum values are <c>snake_case</c>, as playbooks write them
/// (<c>with: { ip: ..., duration: 24h }</c>, <c>steps.enrich.output.verdict == 'malicious'</c>).</item>
/// <item>Unknown input fields are errors, so a typo in a playbook is caught, not ignored.</item>
/// <item>Constructor parameters without a default value are required; non-nullable members refuse
/// <c>null</c>.</item>
/// <item><see cref="TimeSpan"/> is a duration string (<c>30s</c>, <c>24h</c>, <c>1d12h</c>; ISO 8601
/// and <c>d.hh:mm:ss</c> are read too); <see cref="System.Net.IPAddress"/> is its text form.</item>
/// <item><see cref="System.ComponentModel.DescriptionAttribute"/> on a record parameter or property
/// becomes the schema's <c>description</c>, which the planner shows to the model.</item>
/// </list>
/// </remarks>
public static class ConnectorJson
{
    private static readonly JsonSchemaExporterOptions SchemaOptions = new()
    {
        TreatNullObliviousAsNonNullable = true,
        TransformSchemaNode = SchemaTransform.Apply,
    };

    /// <summary>The serializer options for connector inputs and outputs (read-only).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The JSON Schema of <paramref name="type"/> under <see cref="Options"/>.</summary>
    /// <param name="type">An input or output record type.</param>
    /// <returns>A new schema node, which the caller may modify.</returns>
    public static JsonNode GetSchema(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return JsonSchemaExporter.GetJsonSchemaAsNode(Options, type, SchemaOptions);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.Converters.Add(new DurationJsonConverter());
        options.Converters.Add(new IPAddressJsonConverter());
        options.MakeReadOnly();
        return options;
    }
}
