using System.ComponentModel;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Cases;

internal sealed record TagsInput(
    [Description("The tags: letters, digits and . _ : / - (phishing, attack:t1059); compared in lower case.")] IReadOnlyList<string> Tags,
    [Description("The incident; omitted, the run's own.")] Guid? IncidentId = null);

/// <summary>Adds tags; undone by <c>untag</c> with the same tags.</summary>
internal sealed class TagAction(CasesApi api) : CaseAction<TagsInput>(api)
{
    public override ActionMetadata Metadata { get; } = new("tag", "Adds tags to an incident.", ActionRisk.Low)
    {
        Idempotent = true,
        UndoAction = "untag",
    };

    protected override Guid? IncidentOf(TagsInput input) => input.IncidentId;

    protected override (HttpMethod Method, string What, object Body) Request(TagsInput input) =>
        (HttpMethod.Post, "tags", new { add = input.Tags, remove = Array.Empty<string>() });
}

/// <summary>Removes tags; tags the incident does not carry are ignored.</summary>
internal sealed class UntagAction(CasesApi api) : CaseAction<TagsInput>(api)
{
    public override ActionMetadata Metadata { get; } = new("untag", "Removes tags from an incident.", ActionRisk.Low)
    {
        Idempotent = true,
    };

    protected override Guid? IncidentOf(TagsInput input) => input.IncidentId;

    protected override (HttpMethod Method, string What, object Body) Request(TagsInput input) =>
        (HttpMethod.Post, "tags", new { add = Array.Empty<string>(), remove = input.Tags });
}
