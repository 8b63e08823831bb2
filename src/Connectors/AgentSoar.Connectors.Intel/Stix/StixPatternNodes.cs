namespace AgentSoar.Connectors.Intel.Stix;

/// <summary>An observation expression, or observation expressions joined by <c>AND</c>, <c>OR</c> or <c>FOLLOWEDBY</c>.</summary>
internal abstract record ObservationNode
{
    /// <summary>The qualifiers after it (<c>WITHIN</c>, <c>REPEATS</c>, <c>START ... STOP</c>), by keyword.</summary>
    public IReadOnlyList<string> Qualifiers { get; init; } = [];
}

/// <summary><c>[ comparison ]</c>.</summary>
internal sealed record Observation(ComparisonNode Comparison) : ObservationNode;

/// <summary>Observations joined by one operator.</summary>
internal sealed record ObservationJoin(string Operator, IReadOnlyList<ObservationNode> Parts) : ObservationNode;

/// <summary>A comparison inside an observation.</summary>
internal abstract record ComparisonNode;

/// <summary>Comparisons joined by <c>AND</c> or <c>OR</c>.</summary>
internal sealed record ComparisonJoin(string Operator, IReadOnlyList<ComparisonNode> Parts) : ComparisonNode;

/// <summary><c>path [NOT] op literal</c>, or <c>path [NOT] IN (literal, ...)</c>.</summary>
internal sealed record PropertyTest(string Path, bool Negated, string Operator, IReadOnlyList<StixToken> Values) : ComparisonNode;

/// <summary><c>EXISTS path</c>.</summary>
internal sealed record ExistsTest(string Path) : ComparisonNode;
