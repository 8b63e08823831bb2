using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;
using AgentSoar.Playbooks.Templates;
using AgentSoar.Playbooks.Tests.Expressions;

namespace AgentSoar.Playbooks.Tests.Templates;

public sealed class TemplateParserTests
{
    private static readonly SourceLocation Origin = new("p.yaml", 7, 12);

    private static readonly ExpressionScope Scope = Expr.Scope("""
        { "alert": { "severity_id": 4, "title": "Beacon", "tags": ["a", "b"] }, "incident": { "id": 42 } }
        """);

    [Fact]
    public void Parse_TextWithoutExpression_IsAStringLiteral()
    {
        var template = Assert.IsType<LiteralTemplate>(TemplateParser.Parse("24h", Origin));

        Assert.Equal("\"24h\"", template.Render(Scope)!.ToJsonString());
        Assert.Empty(template.Expressions);
    }

    [Theory]
    [InlineData("${{ alert.severity_id + 1 }}", "5")]
    [InlineData("  ${{ alert.tags }}  ", "[\"a\",\"b\"]")]
    [InlineData("${{ alert.severity_id > 3 }}", "true")]
    [InlineData("${{ alert.missing }}", null)]
    public void Parse_WholeExpression_KeepsTheExpressionType(string text, string? json)
    {
        var template = Assert.IsType<ExpressionTemplate>(TemplateParser.Parse(text, Origin));

        Assert.Equal(json, template.Render(Scope)?.ToJsonString());
        Assert.Equal(Origin, template.Location);
    }

    [Fact]
    public void Parse_WholeExpression_EvaluatesToTypedValue()
    {
        var template = TemplateParser.Parse("${{ duration('1h') }}", Origin);

        Assert.IsType<DurationValue>(template.Evaluate(Scope));
        Assert.Equal("\"1h\"", template.Render(Scope)!.ToJsonString());
    }

    [Fact]
    public void Parse_TextAroundExpressions_Interpolates()
    {
        var template = Assert.IsType<InterpolatedTemplate>(
            TemplateParser.Parse("Incident ${{ incident.id }}: ${{ alert.title }}${{ alert.missing }} [${{ alert.tags }}]", Origin));

        Assert.Equal("Incident 42: Beacon [[\"a\",\"b\"]]", template.Render(Scope).GetValue<string>());
        Assert.Equal(["incident.id", "alert.title", "alert.missing", "alert.tags"], template.Expressions.SelectMany(e => e.ReferencedPaths));
    }

    [Fact]
    public void Parse_TwoExpressionsAndNothingElse_IsInterpolatedText()
    {
        var template = TemplateParser.Parse("${{ 1 }}${{ 2 }}", Origin);

        Assert.Equal("12", template.Render(Scope)!.GetValue<string>());
    }

    [Fact]
    public void Parse_ClosingBracesInsideAString_DoNotCloseTheExpression()
    {
        var template = TemplateParser.Parse("${{ 'a}}b' + \"}}\" }}", Origin);

        Assert.Equal("a}}b}}", template.Render(Scope)!.GetValue<string>());
    }

    [Fact]
    public void Parse_UnterminatedExpression_ThrowsAtItsOpening()
    {
        var error = Assert.Throws<ExpressionException>(() => TemplateParser.Parse("ok ${{ 1 }} then ${{ alert.x", Origin));

        Assert.Equal("unterminated '${{': no closing '}}'", error.Message);
        Assert.Equal(Origin.Offset(17), error.Location);
    }

    [Fact]
    public void Parse_ExpressionError_IsPositionedInTheText()
    {
        var error = Assert.Throws<ExpressionException>(() => TemplateParser.Parse("x ${{ a + }}", Origin));

        Assert.Equal(Origin.Offset(10), error.Location);
    }

    [Theory]
    [InlineData("${{ 0 }}", false)]
    [InlineData("${{ '' }}", false)]
    [InlineData("${{ alert.missing }}", false)]
    [InlineData("${{ alert.severity_id >= 3 }}", true)]
    [InlineData("${{ alert.tags }}", true)]
    [InlineData("value: ${{ false }}", true)]
    [InlineData("false", true)]
    public void IsTrue_AppliesTruthinessToTheValue(string text, bool expected) =>
        Assert.Equal(expected, TemplateParser.Parse(text, Origin).IsTrue(Scope));

    [Fact]
    public void IsTrue_OnLiterals_UsesTheirJsonType()
    {
        Assert.False(new LiteralTemplate(Origin, JsonValue.Create(false)).IsTrue(Scope));
        Assert.False(new LiteralTemplate(Origin, null).IsTrue(Scope));
        Assert.True(new LiteralTemplate(Origin, JsonValue.Create(3)).IsTrue(Scope));
    }

    [Fact]
    public void Render_NestedMapsAndLists_RenderEveryLevel()
    {
        var template = new MapTemplate(Origin, new Dictionary<string, ValueTemplate>
        {
            ["endpoint"] = new LiteralTemplate(Origin, JsonValue.Create("tickets")),
            ["body"] = new MapTemplate(Origin, new Dictionary<string, ValueTemplate>
            {
                ["title"] = TemplateParser.Parse("Incident ${{ incident.id }}", Origin),
                ["severity"] = TemplateParser.Parse("${{ alert.severity_id }}", Origin),
                ["labels"] = new ListTemplate(Origin, [TemplateParser.Parse("${{ alert.tags[0] }}", Origin), new LiteralTemplate(Origin, JsonValue.Create(true))]),
            }),
        });

        Assert.Equal(
            """{"endpoint":"tickets","body":{"title":"Incident 42","severity":4,"labels":["a",true]}}""",
            template.Render(Scope).ToJsonString());
        Assert.Equal(3, template.Expressions.Count());
    }

    [Fact]
    public void Render_Literal_ReturnsACopyEachTime()
    {
        var template = new LiteralTemplate(Origin, new JsonObject { ["a"] = 1 });
        var first = template.Render(Scope)!.AsObject();
        first["a"] = 2;

        Assert.Equal("""{"a":1}""", template.Render(Scope)!.ToJsonString());
        _ = new JsonArray(template.Render(Scope), template.Render(Scope));
    }

    [Fact]
    public void Render_InterpolationOverMaxValueLength_Throws()
    {
        var limits = ExpressionLimits.Default with { MaxValueLength = 8 };
        var template = TemplateParser.Parse("title: ${{ alert.title }}", Origin);

        var error = Assert.Throws<ExpressionException>(() => template.Render(new ExpressionScope(Scope.Roots, limits)));

        Assert.Contains("over the limit of 8", error.Message, StringComparison.Ordinal);
    }
}
