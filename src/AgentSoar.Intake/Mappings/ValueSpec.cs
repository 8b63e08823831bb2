using System.Text.Json.Nodes;

namespace AgentSoar.Intake.Mappings;

/// <summary>Where one OCSF field's value comes from: the first source path that has a value, else a constant or default.</summary>
internal sealed record ValueSpec(IReadOnlyList<SourcePath> From, JsonNode? Constant, JsonNode? Default, MappingValueType Type);
