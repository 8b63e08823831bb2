using System.Text.Json;

namespace AgentSoar.Contracts.Chat;

/// <summary>The planner's answer to a chat message: words, and for an action asked for, the action it would take.</summary>
/// <param name="Kind"><c>help</c>, <c>answer</c>, <c>proposal</c> (see <see cref="Proposal"/>) or <c>not_understood</c>.</param>
/// <param name="Text">The answer in words.</param>
/// <param name="Proposal">For <c>proposal</c>: the connector action; it runs only through the approval gate like any other.</param>
public sealed record ChatAnswered(string Kind, string Text, ChatProposalInfo? Proposal);

/// <summary>A connector action proposed from chat.</summary>
/// <param name="Connector">The connector.</param>
/// <param name="Action">The action.</param>
/// <param name="Inputs">Its inputs.</param>
/// <param name="Risk">The action's declared risk.</param>
/// <param name="Simulated">Whether the connector only simulates.</param>
/// <param name="Summary">What was asked, in a few words.</param>
public sealed record ChatProposalInfo(string Connector, string Action, JsonElement Inputs, RiskLevel Risk, bool Simulated, string Summary);
