using System.Text.RegularExpressions;

namespace AgentSoar.Playbooks.Expressions.Functions;

/// <summary><c>matches(text, pattern)</c>: .NET regular expressions, bounded by <see cref="ExpressionLimits.RegexTimeout"/>.</summary>
internal static class RegexFunctions
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    public static IEnumerable<FunctionDefinition> Definitions =>
    [
        new("matches", 2, 2, Matches, (index, value) => index == 1 && value is StringValue s ? PatternError(s.Value) : null),
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
