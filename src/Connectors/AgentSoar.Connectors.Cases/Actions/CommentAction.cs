using System.ComponentModel;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Cases;

internal sealed record CommentInput(
    [Description("The comment: plain text, line breaks allowed, at most 10 000 characters.")] string Text,
    [Description("The incident; omitted, the run's own.")] Guid? IncidentId = null);

/// <summary>Adds a comment to the incident's timeline, under the connector's key name.</summary>
internal sealed class CommentAction(CasesApi api) : ConnectorAction<CommentInput, CommentOutput>
{
    public override ActionMetadata Metadata { get; } = new("comment", "Adds a comment to an incident's timeline.", ActionRisk.Low)
    {
        Idempotent = true,
    };

    public override async Task<ActionResult<CommentOutput>> ExecuteAsync(CommentInput input, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (!CasesApi.TryIncident(input.IncidentId, context, out var incident, out var failure))
        {
            return failure;
        }

        var result = await api.CommentAsync(incident, input.Text, context);
        return result.Output is { } comment
            ? new CommentOutput(incident, comment.Id == Guid.Empty ? null : comment.Id, comment.Id == Guid.Empty ? null : comment.CreatedAt)
            : result.Failure!;
    }
}
