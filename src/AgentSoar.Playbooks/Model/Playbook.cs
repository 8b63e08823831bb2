namespace AgentSoar.Playbooks.Model;

/// <summary>
/// A validated playbook: the typed form of one YAML file. Instances only come out of the loader,
/// so a <see cref="Playbook"/> in hand has passed validation.
/// </summary>
public sealed record Playbook(
    string ApiVersion,
    PlaybookMetadata Metadata,
    IReadOnlyList<Trigger> Triggers,
    IReadOnlyList<InputDefinition> Inputs,
    IReadOnlyList<Step> Steps,
    IReadOnlyList<OutputDefinition> Outputs,
    string SourceFile,
    string ContentHash)
{
    public string Id => Metadata.Id;

    /// <summary>The YAML text it was loaded from: a run keeps it, so it can continue with this exact version after the file changed.</summary>
    public string SourceText { get; init; } = string.Empty;

    /// <summary>Finds a step anywhere in the tree (step ids are unique in a playbook).</summary>
    public Step? FindStep(string id) => StepTree.Find(Steps, id);
}
