namespace AgentSoar.Intake.Attack;

/// <summary>Recognises ATT&amp;CK ids without regular expressions.</summary>
public static class AttackIds
{
    /// <summary>
    /// Whether <paramref name="text"/> is a technique or sub-technique id (<c>T1036</c>, <c>t1036.003</c>);
    /// <paramref name="uid"/> is it in upper case.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="uid">The normalised id.</param>
    /// <returns>Whether it is a technique id.</returns>
    public static bool TryParseTechnique(string? text, out string uid)
    {
        uid = string.Empty;
        var t = text?.Trim() ?? string.Empty;
        var ok = t.Length is 5 or 9 && t[0] is 'T' or 't' && AllDigits(t.AsSpan(1, 4))
            && (t.Length == 5 || (t[5] == '.' && AllDigits(t.AsSpan(6, 3))));
        if (ok)
        {
            uid = t.ToUpperInvariant();
        }

        return ok;
    }

    /// <summary>Whether <paramref name="text"/> is a tactic id (<c>TA0005</c>, any case).</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it is a tactic id.</returns>
    public static bool IsTacticId(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 6 && text[0] is 'T' or 't' && text[1] is 'A' or 'a' && AllDigits(text.AsSpan(2));
    }

    /// <summary>Whether <paramref name="text"/> names another kind of ATT&amp;CK object: software (S0190), group (G0007), mitigation (M1042), data source (DS0009), campaign (C0010).</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it is such an id.</returns>
    public static bool IsOtherObjectId(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.ToUpperInvariant();
        return (t.Length == 5 && t[0] is 'S' or 'G' or 'M' or 'C' && AllDigits(t.AsSpan(1)))
            || (t.Length == 6 && t.StartsWith("DS", StringComparison.Ordinal) && AllDigits(t.AsSpan(2)));
    }

    private static bool AllDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return span.Length > 0;
    }
}
