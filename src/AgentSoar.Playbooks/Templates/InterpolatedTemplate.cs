using System.Text;
using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Templates;

/// <summary>
/// Text with expressions in it: <c>Literals[0] ${{ Parts[0] }} Literals[1] ...</c>, so there is always one more literal
/// than parts. Each part renders as text; null renders as nothing, lists and maps as JSON.
/// </summary>
public sealed record InterpolatedTemplate(SourceLocation Location, IReadOnlyList<string> Literals, IReadOnlyList<Expression> Parts)
    : ValueTemplate(Location)
{
    public override JsonNode Render(ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var text = new StringBuilder(Literals[0]);
        for (var i = 0; i < Parts.Count; i++)
        {
            text.Append(Parts[i].Evaluate(scope).ToString()).Append(Literals[i + 1]);
            if (text.Length > scope.Limits.MaxValueLength)
            {
                throw new ExpressionException($"the rendered text is over the limit of {scope.Limits.MaxValueLength} characters", Location);
            }
        }

        return JsonValue.Create(text.ToString());
    }

    public override IEnumerable<Expression> Expressions => Parts;
}
