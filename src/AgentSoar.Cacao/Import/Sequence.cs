using System.Text.Json.Nodes;

namespace AgentSoar.Cacao.Import;

/// <summary>
/// A list of AgentSoar steps made from a chain of CACAO steps, and how the chain stopped: at an end step (or nowhere,
/// <see cref="StoppedAt"/> null), or on reaching one of the steps it was told to stop at (a join point).
/// </summary>
internal sealed record Sequence(JsonArray Steps, string? StoppedAt);
