using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Templates;

/// <summary>
/// A value from a playbook that may hold <c>${{ }}</c> expressions: a plain literal, a whole-value
/// expression (keeps its type), a string with expressions interpolated, or a map/list of templates.
/// </summary>
public abstract record ValueTemplate(SourceLocation Location)
{
    /// <summary>Renders the template to JSON. Throws <see cref="ExpressionException"/> on an evaluation error.</summary>
    public abstract JsonNode? Render(ExpressionScope scope);

    /// <summary>Every expression in the template, for validation and for "which alert fields were used".</summary>
    public abstract IEnumerable<Expression> Expressions { get; }

    /// <summary>
    /// Renders the template as a typed value. A whole-value expression keeps its type (a duration stays a duration);
    /// the others go through JSON.
    /// </summary>
    public virtual ExprValue Evaluate(ExpressionScope scope) => ExprValue.FromJson(Render(scope));

    /// <summary>Renders the template and applies truthiness (conditions, guards, triggers).</summary>
    public bool IsTrue(ExpressionScope scope) => Evaluate(scope).IsTruthy;
}
