namespace AgentSoar.Playbooks.Expressions.Nodes;

/// <summary>
/// Finds the static paths an expression reads: each chain of members and literal indexes from a root, cut at the
/// first computed index (whose own paths are collected too). Function arguments are included.
/// </summary>
internal static class PathCollector
{
    public static List<PathReference> Collect(ExprNode root)
    {
        var found = new List<PathReference>();
        Visit(root, found);
        return found;
    }

    private static void Visit(ExprNode node, List<PathReference> found)
    {
        if (node is not PathNode)
        {
            foreach (var child in node.Children)
            {
                Visit(child, found);
            }

            return;
        }

        // Unwind the chain to its base: a.b[0].c is Member(c) <- Index(0) <- Member(b) <- Root(a).
        var chain = new List<PathNode>();
        ExprNode current = node;
        while (current is PathNode path)
        {
            chain.Add(path);
            current = path switch
            {
                MemberNode m => m.Target,
                IndexNode i => i.Target,
                _ => path,
            };
            if (current == path)
            {
                break;
            }
        }

        chain.Reverse();
        if (chain[0] is RootNode rootNode)
        {
            found.Add(new PathReference(rootNode.Name, StaticSegments(chain), rootNode.Location));
        }
        else
        {
            Visit(current, found);
        }

        foreach (var index in chain.OfType<IndexNode>())
        {
            if (Segment(index) is null)
            {
                Visit(index.Index, found);
            }
        }
    }

    private static List<PathSegment> StaticSegments(List<PathNode> chain)
    {
        var segments = new List<PathSegment>();
        foreach (var link in chain.Skip(1))
        {
            var segment = link switch
            {
                MemberNode m => new PathSegment(m.Name, null, m.Location),
                IndexNode i => Segment(i),
                _ => null,
            };
            if (segment is null)
            {
                break;
            }

            segments.Add(segment);
        }

        return segments;
    }

    private static PathSegment? Segment(IndexNode index) => index.Index switch
    {
        LiteralNode { Value: StringValue s } literal => new PathSegment(s.Value, null, literal.Location),
        LiteralNode { Value: NumberValue { IsInteger: true } n } literal when n.Value is >= long.MinValue and <= long.MaxValue =>
            new PathSegment(null, (long)n.Value, literal.Location),
        _ => null,
    };
}
