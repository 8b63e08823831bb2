using System.Text.Json.Nodes;

namespace AgentSoar.Playbooks.Expressions;

/// <summary>
/// The names an expression can see: <c>alert</c>, <c>inputs</c>, <c>steps</c>, <c>incident</c>, <c>vars</c>...
/// Each root is JSON; the evaluator converts to typed values as it reads.
/// </summary>
public sealed class ExpressionScope
{
    public ExpressionScope(IReadOnlyDictionary<string, JsonNode?> roots, ExpressionLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(roots);
        Roots = roots;
        Limits = limits ?? ExpressionLimits.Default;
    }

    public IReadOnlyDictionary<string, JsonNode?> Roots { get; }

    public ExpressionLimits Limits { get; }
}
