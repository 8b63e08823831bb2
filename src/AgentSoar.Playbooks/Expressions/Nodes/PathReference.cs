namespace AgentSoar.Playbooks.Expressions.Nodes;

/// <summary>A path an expression reads, from its root (<c>steps</c>, <c>.enrich</c>, <c>.output</c>), with each segment's position.</summary>
internal sealed record PathReference(string Root, IReadOnlyList<PathSegment> Segments, Model.SourceLocation Location)
{
    public string Text => Root + string.Concat(Segments.Select(s => s.ToString()));

    /// <summary>The first segment as a name (<c>enrich</c> in <c>steps.enrich.output</c>), if it is one.</summary>
    public PathSegment? First => Segments.Count > 0 ? Segments[0] : null;
}
