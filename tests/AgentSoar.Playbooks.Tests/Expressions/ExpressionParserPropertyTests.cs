using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;
using FsCheck;
using FsCheck.Fluent;

namespace AgentSoar.Playbooks.Tests.Expressions;

/// <summary>Whatever the text, parsing (and evaluating what parses) fails only with a positioned ExpressionException.</summary>
public sealed class ExpressionParserPropertyTests
{
    private static readonly SourceLocation Origin = new("prop.yaml", 5, 7);

    private static readonly string[] Tokens =
    [
        "alert", "inputs", "steps", "x", "_y", ".", "[", "]", "(", ")", ",", "'", "\"", "'a'", "\"b\\n\"", "'\\u00e9'", "\\",
        "\\t", "\\n", "\\r", "\\u", "\\u0", "\\u00e", "'\\", "\"\\", "\\'", "\\\"",
        "1", "0", "2.5", "99999999999999999999999999999999", "9.", ".5", "-", "+", "*", "/", "%", "!", "==", "!=", "<", "<=",
        ">", ">=", "&&", "||", "in", "null", "true", "false", "=", "&", "|", "#", "$", "{", "}", "é", "\u0000", "\n", " ",
        "lower", "length", "default", "matches", "'(a+)+$'", "'['", "duration", "'1h30m'", "'1x'", "timestamp", "'2024-05-01T00:00:00Z'",
        "ip_in_cidr", "'10.0.0.0/8'", "'::/0'", "is_private_ip", "has_observable", "first_observable", "observables", "'ip'",
        "now", "split", "join", "replace", "from_json", "'{\"a\":[1]}'", "to_json", "to_number", "first", "last", "contains",
        "steps.a-b", "[0]", "[-1]", "['k']", "observables", "severity_id",
    ];

    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(1500);

    [Fact]
    public void Parse_ArbitraryText_ThrowsNothingButExpressionException()
    {
        var arbitrary = ArbMap.Default.ArbFor<string>().Filter(s => s is not null);

        Prop.ForAll(arbitrary, ParsesOrFailsCleanly).Check(Runs);
    }

    [Fact]
    public void Parse_TextFromSyntaxCharacters_ThrowsNothingButExpressionException()
    {
        var characters = Gen.Elements(" ()[]'\"\\.,!=<>&|+-*/%abcintru019_\n${}".ToCharArray());
        var text = Gen.ListOf(characters).Select(chars => new string(chars.ToArray()));

        Prop.ForAll(text.ToArbitrary(), ParsesOrFailsCleanly).Check(Runs);
    }

    [Fact]
    public void Parse_TextFromLanguageTokens_ThrowsNothingButExpressionException()
    {
        var separator = Gen.Elements(string.Empty, " ");
        var token = Gen.Elements(Tokens).Zip(separator).Select(pair => pair.Item1 + pair.Item2);
        var text = Gen.ListOf(token).Select(parts => string.Concat(parts));

        Prop.ForAll(text.ToArbitrary(), ParsesOrFailsCleanly).Check(Runs);
    }

    [Fact]
    public void Parse_GrammarGeneratedText_ThrowsNothingButExpressionException()
    {
        Prop.ForAll(ExpressionGenerator.WellFormed.ToArbitrary(), ParsesOrFailsCleanly).Check(Runs);
    }

    [Fact]
    public void Parse_MutatedGrammarGeneratedText_ThrowsNothingButExpressionException()
    {
        Prop.ForAll(ExpressionGenerator.Mutated.ToArbitrary(), ParsesOrFailsCleanly).Check(Runs);
    }

    [Fact]
    public void Parse_EveryPrefixOfGeneratedText_ThrowsNothingButExpressionException()
    {
        // Cutting a valid expression at every position walks each token's "unexpected end" path.
        Prop.ForAll(ExpressionGenerator.WellFormed.ToArbitrary(), text =>
            Enumerable.Range(0, text.Length).All(length => ParsesOrFailsCleanly(text[..length])))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static bool ParsesOrFailsCleanly(string text)
    {
        try
        {
            var expression = ExpressionParser.Parse(text, Origin);
            _ = expression.ReferencedPaths;
            expression.Evaluate(Scope);
            return true;
        }
        catch (ExpressionException e)
        {
            // The position is inside the text: on or after the origin, never a default location.
            return e.Location.File == Origin.File && e.Location.Line >= Origin.Line && e.Location.Column >= 1;
        }
    }

    private static ExpressionScope Scope { get; } = Expr.Scope(
        """
        {
          "alert": { "severity_id": 4, "observables": [ { "type_id": 2, "type": "IP Address", "value": "10.1.2.3" } ], "a": [1, "b", null] },
          "inputs": { "ip": "10.1.2.3" },
          "steps": { "a": { "output": { "score": 0.5 } } }
        }
        """,
        now: new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero));
}
