using System.Text.Json.Nodes;

namespace AgentSoar.Playbooks.Expressions;

/// <summary>
/// The names an expression can see: <c>alert</c>, <c>inputs</c>, <c>steps</c>, <c>incident</c>, <c>vars</c>...
/// Each root is JSON; the evaluator converts to typed values as it reads.
/// </summary>
public sealed class ExpressionScope
{
    /// <param name="roots">The root names and their JSON.</param>
    /// <param name="limits">Evaluation bounds; <see cref="ExpressionLimits.Default"/> when null.</param>
    /// <param name="now">
    /// What <c>now()</c> returns. Passed in rather than read from a clock so that evaluation stays a pure function
    /// (the engine replays runs); when null, <c>now()</c> is an error.
    /// </param>
    public ExpressionScope(IReadOnlyDictionary<string, JsonNode?> roots, ExpressionLimits? limits = null, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(roots);
        Roots = roots;
        Limits = limits ?? ExpressionLimits.Default;
        Now = now;
    }

    public IReadOnlyDictionary<string, JsonNode?> Roots { get; }

    public ExpressionLimits Limits { get; }

    public DateTimeOffset? Now { get; }
}
