namespace AgentSoar.Connectors.Simulation;

internal sealed record CommentOutput(string CommentId, string Text);
