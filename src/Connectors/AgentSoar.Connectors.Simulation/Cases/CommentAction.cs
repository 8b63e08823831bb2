using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Simulation;

internal sealed class CommentAction(ISimulationJournal journal) : RecordingAction<CommentInput, CommentOutput>(journal)
{
    public override ActionMetadata Metadata { get; } = new(
        "comment",
        "Adds a comment to the incident's case (simulated: the comment is only journaled).",
        ActionRisk.Low);

    protected override ActionResult<CommentOutput> Run(CommentInput input, ActionContext context) =>
        string.IsNullOrWhiteSpace(input.Text)
            ? ActionFailure.InvalidInput("text must not be empty.")
            : new CommentOutput($"sim-comment-{context.ExecutionId:N}", input.Text);

    protected override string Describe(CommentInput input) => $"would comment: {input.Text}";
}
