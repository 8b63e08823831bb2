using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Templates;

/// <summary>A value with no expression in it: a JSON scalar typed as YAML typed it (<c>3</c> a number, <c>'3'</c> a string).</summary>
public sealed record LiteralTemplate(SourceLocation Location, JsonNode? Value) : ValueTemplate(Location)
{
    // A copy each time: a JsonNode has one parent, and the caller will put the result in its own tree.
    public override JsonNode? Render(ExpressionScope scope) => Value?.DeepClone();

    public override IEnumerable<Expression> Expressions => [];
}
