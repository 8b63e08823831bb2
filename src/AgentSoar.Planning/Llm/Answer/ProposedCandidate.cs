using System.Text.Json.Nodes;

namespace AgentSoar.Planning.Llm.Answer;

/// <summary>One candidate as the model wrote it, before any guardrail: nothing here is trusted yet.</summary>
/// <param name="PlaybookId">The id the model wrote.</param>
/// <param name="Inputs">Input values by name, as given (strings from the strict schema; any JSON from a lenient server).</param>
/// <param name="Confidence">The confidence as given; may be outside [0, 1] or not a number.</param>
/// <param name="Rationale">The model's reasons.</param>
/// <param name="FieldsUsed">The alert fields the model says it relied on.</param>
/// <param name="Problem">Why the candidate is malformed (a missing or mistyped property), or null.</param>
public sealed record ProposedCandidate(
    string PlaybookId,
    IReadOnlyList<KeyValuePair<string, JsonNode?>> Inputs,
    double Confidence,
    string Rationale,
    IReadOnlyList<string> FieldsUsed,
    string? Problem);
