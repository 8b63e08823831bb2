using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Templates;

/// <summary>A mapping whose values are templates; it renders to a JSON object in the same key order.</summary>
public sealed record MapTemplate(SourceLocation Location, IReadOnlyDictionary<string, ValueTemplate> Entries) : ValueTemplate(Location)
{
    public override JsonNode Render(ExpressionScope scope)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in Entries)
        {
            obj[key] = value.Render(scope);
        }

        return obj;
    }

    public override IEnumerable<Expression> Expressions => Entries.Values.SelectMany(v => v.Expressions);
}
