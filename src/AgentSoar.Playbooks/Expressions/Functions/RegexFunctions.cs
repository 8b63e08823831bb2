using System.Text.RegularExpressions;

namespace AgentSoar.Playbooks.Expressions.Functions;

/// <summary><c>matches(text, pattern)</c>: .NET regular expressions, bounded by <see cref="ExpressionLimits.RegexTimeout"/>.</summary>
internal static class RegexFunctions
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    public static IEnumerable<FunctionDefinition> Definitions =>
    [
        new("matches", 2, 2, Matches, (index, value) => index == 1 && value is StringValue s ? PatternError(s.Value) : null),
        new("extract", 2, 3, Extract, (index, value) => index == 1 && value is StringValue s ? PatternError(s.Value) : null),
    ];

    private static ExprValue Matches(FunctionCall call)
    {
        var text = call.OptionalString(0);
        var pattern = call.String(1);
        if (text is null)
        {
            return BoolValue.False;
        }

        var timeout = call.Context.Limits.RegexTimeout;
        try
        {
            // The static IsMatch caches the parsed pattern, so a trigger evaluated per alert does not re-parse it.
            return BoolValue.Of(Regex.IsMatch(text, pattern, Options, timeout));
        }
        catch (RegexMatchTimeoutException)
        {
            throw call.Error($"the regular expression took longer than {timeout.TotalMilliseconds:0.###} ms");
        }
        catch (ArgumentException e)
        {
            throw call.Error(1, $"invalid regular expression: {e.Message}");
        }
    }

    /// <summary><c>extract(text, pattern, group?)</c>: the first match (or its numbered or named group), null when none.</summary>
    private static ExprValue Extract(FunctionCall call)
    {
        var text = call.OptionalString(0);
        var pattern = call.String(1);
        if (text is null)
        {
            return ExprValue.Null;
        }

        var timeout = call.Context.Limits.RegexTimeout;
        try
        {
            var match = Regex.Match(text, pattern, Options, timeout);
            var group = call.ArgOrNull(2) switch
            {
                NullValue => match.Groups[0],
                NumberValue n => match.Groups[(int)n.Value],
                StringValue s => match.Groups[s.Value],
                var other => throw call.TypeError(2, "a group number or name", other),
            };
            return match.Success && group.Success ? call.Result(group.Value) : ExprValue.Null;
        }
        catch (RegexMatchTimeoutException)
        {
            throw call.Error($"the regular expression took longer than {timeout.TotalMilliseconds:0.###} ms");
        }
        catch (ArgumentException e)
        {
            throw call.Error(1, $"invalid regular expression: {e.Message}");
        }
    }

    private static string? PatternError(string pattern)
    {
        try
        {
            _ = new Regex(pattern, Options, TimeSpan.FromSeconds(1));
            return null;
        }
        catch (ArgumentException e)
        {
            return $"invalid regular expression: {e.Message}";
        }
    }
}
