namespace AgentSoar.Connectors.Intel.Stix;

/// <summary>
/// Turns a parsed pattern into the values a lookup can match. Supported: observations joined by
/// <c>OR</c>, each a comparison or an <c>OR</c> of comparisons of the form <c>path = 'value'</c>,
/// <c>path IN ('a', 'b')</c> or, for addresses, <c>path ISSUBSET 'cidr'</c>, on
/// <c>ipv4-addr:value</c>, <c>ipv6-addr:value</c>, <c>domain-name:value</c>, <c>url:value</c> and
/// <c>file:hashes.MD5|SHA-1|SHA-256|SHA-512</c>. Anything else (AND, FOLLOWEDBY, NOT, qualifiers,
/// MATCHES, LIKE, other objects) cannot be decided from one value, so the indicator is skipped with
/// the reason.
/// </summary>
internal static class StixPatternTerms
{
    /// <summary>The values of the pattern, or the reason the connector cannot use it.</summary>
    public static (IReadOnlyList<(IndicatorKind Kind, string Value)> Terms, string? Unsupported) Extract(ObservationNode pattern)
    {
        var terms = new List<(IndicatorKind, string)>();
        var reason = Observations(pattern, terms);
        return reason is null ? (terms, null) : ([], reason);
    }

    private static string? Observations(ObservationNode node, List<(IndicatorKind, string)> terms)
    {
        if (node.Qualifiers.Count > 0)
        {
            return $"the qualifier {node.Qualifiers[0]} is not supported";
        }

        return node switch
        {
            ObservationJoin { Operator: "OR" } join => join.Parts.Select(part => Observations(part, terms)).FirstOrDefault(reason => reason is not null),
            ObservationJoin join => $"observations joined by {join.Operator} are not supported",
            Observation observation => Comparisons(observation.Comparison, terms),
            _ => "unsupported expression",
        };
    }

    private static string? Comparisons(ComparisonNode node, List<(IndicatorKind, string)> terms) => node switch
    {
        ComparisonJoin { Operator: "OR" } join => join.Parts.Select(part => Comparisons(part, terms)).FirstOrDefault(reason => reason is not null),
        ComparisonJoin join => $"comparisons joined by {join.Operator} are not supported",
        ExistsTest => "EXISTS is not supported",
        PropertyTest test => Test(test, terms),
        _ => "unsupported comparison",
    };

    private static string? Test(PropertyTest test, List<(IndicatorKind, string)> terms)
    {
        if (test.Negated)
        {
            return "NOT is not supported";
        }

        if (KindOf(test.Path) is not { } kind)
        {
            return $"the object path {test.Path} is not supported";
        }

        var allowed = test.Operator is "=" or "IN" || (test.Operator == "ISSUBSET" && kind == IndicatorKind.Ip);
        if (!allowed)
        {
            return $"the operator {test.Operator} is not supported on {test.Path}";
        }

        foreach (var value in test.Values)
        {
            if (value.Kind != StixTokenKind.String)
            {
                return $"{test.Path} is compared with '{value.Text}', which is not a string";
            }

            if (!IndicatorText.TryNormalize(kind, value.Text, out var normalized))
            {
                return $"'{value.Text}' is not a valid value for {test.Path}";
            }

            terms.Add((kind, normalized));
        }

        return null;
    }

    private static IndicatorKind? KindOf(string path)
    {
        switch (path.ToLowerInvariant())
        {
            case "ipv4-addr:value" or "ipv6-addr:value":
                return IndicatorKind.Ip;
            case "domain-name:value":
                return IndicatorKind.Domain;
            case "url:value":
                return IndicatorKind.Url;
        }

        const string hashes = "file:hashes.";
        if (path.StartsWith(hashes, StringComparison.OrdinalIgnoreCase))
        {
            var algorithm = path[hashes.Length..].ToUpperInvariant();
            return algorithm is "MD5" or "SHA-1" or "SHA1" or "SHA-256" or "SHA256" or "SHA-512" or "SHA512" ? IndicatorKind.Hash : null;
        }

        return null;
    }
}
