using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Templates;

/// <summary>A sequence of templates; it renders to a JSON array.</summary>
public sealed record ListTemplate(SourceLocation Location, IReadOnlyList<ValueTemplate> Items) : ValueTemplate(Location)
{
    public override JsonNode Render(ExpressionScope scope) => new JsonArray(Items.Select(i => i.Render(scope)).ToArray());

    public override IEnumerable<Expression> Expressions => Items.SelectMany(i => i.Expressions);
}
