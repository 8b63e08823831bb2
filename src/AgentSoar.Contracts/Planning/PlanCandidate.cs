using System.Text.Json;

namespace AgentSoar.Contracts.Planning;

/// <summary>One playbook the planner proposes, with its inputs and the reasons in plain words.</summary>
public sealed record PlanCandidate(
    string PlaybookId,
    int PlaybookVersion,
    JsonElement Inputs,
    double Confidence,
    string Rationale,
    IReadOnlyList<string> FieldsUsed);
