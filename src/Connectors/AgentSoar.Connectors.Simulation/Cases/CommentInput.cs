using System.ComponentModel;

namespace AgentSoar.Connectors.Simulation;

internal sealed record CommentInput([Description("The comment to add to the case.")] string Text);
