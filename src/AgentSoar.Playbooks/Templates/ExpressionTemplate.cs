using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Templates;

/// <summary>A value that is exactly one <c>${{ expr }}</c> (surrounding spaces aside): it keeps the expression's type.</summary>
public sealed record ExpressionTemplate(SourceLocation Location, Expression Expression) : ValueTemplate(Location)
{
    public override JsonNode? Render(ExpressionScope scope) => Expression.Evaluate(scope).ToJson();

    public override ExprValue Evaluate(ExpressionScope scope) => Expression.Evaluate(scope);

    public override IEnumerable<Expression> Expressions => [Expression];
}
