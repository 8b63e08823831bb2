using System.ComponentModel;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Cases;

internal sealed record AssignInput(
    [Description("Who works on the incident from now on (a person's or a team's name); null unassigns.")] string? Assignee,
    [Description("The incident; omitted, the run's own.")] Guid? IncidentId = null);

/// <summary>Gives the incident to someone, or to nobody.</summary>
internal sealed class AssignAction(CasesApi api) : CaseAction<AssignInput>(api)
{
    public override ActionMetadata Metadata { get; } = new("assign", "Assigns an incident to a person or team, or unassigns it.", ActionRisk.Low)
    {
        Idempotent = true,
    };

    protected override Guid? IncidentOf(AssignInput input) => input.IncidentId;

    protected override (HttpMethod Method, string What, object Body) Request(AssignInput input) =>
        (HttpMethod.Put, "assignee", new { assignee = input.Assignee });
}
