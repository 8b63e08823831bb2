namespace AgentSoar.Intake.Mappings;

/// <summary>An observable taken from source paths: its OCSF name, type id and caption, and how its values are checked.</summary>
internal sealed record ObservableMapping(IReadOnlyList<SourcePath> From, string Name, int TypeId, string Caption, string Kind);
