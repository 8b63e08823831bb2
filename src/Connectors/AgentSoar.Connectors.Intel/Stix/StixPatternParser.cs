namespace AgentSoar.Connectors.Intel.Stix;

/// <summary>
/// A recursive-descent parser of the STIX 2.1 patterning grammar, bounded in length
/// (<see cref="MaxLength"/>), tokens and nesting (<see cref="MaxDepth"/>). It reads the whole
/// language (so a pattern it cannot use is told apart from one that is broken);
/// <see cref="StixPatternTerms"/> then keeps what the connector can look up.
/// </summary>
internal sealed class StixPatternParser
{
    public const int MaxLength = 16_384;
    public const int MaxDepth = 32;
    public const int MaxSetSize = 10_000;

    private static readonly HashSet<string> ComparisonOperators = new(StringComparer.Ordinal) { "=", "!=", "<>", "<", "<=", ">", ">=" };
    private static readonly HashSet<string> StringOperators = new(StringComparer.OrdinalIgnoreCase) { "LIKE", "MATCHES", "ISSUBSET", "ISSUPERSET" };

    private readonly List<StixToken> _tokens;
    private int _next;
    private int _depth;

    private StixPatternParser(List<StixToken> tokens) => _tokens = tokens;

    /// <summary>Parses a whole pattern.</summary>
    /// <exception cref="StixPatternException">The pattern is not valid STIX patterning, or too large.</exception>
    public static ObservationNode Parse(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.Length > MaxLength)
        {
            throw new StixPatternException($"the pattern is longer than {MaxLength} characters", MaxLength);
        }

        var parser = new StixPatternParser(StixPatternLexer.Tokenize(pattern));
        var result = parser.ObservationExpressions();
        parser.Expect(StixTokenKind.End, "the end of the pattern");
        return result;
    }

    private StixToken Current => _tokens[_next];

    private ObservationNode ObservationExpressions() => Join("FOLLOWEDBY", () => Join("OR", () => Join("AND", ObservationExpression)));

    private ObservationNode Join(string keyword, Func<ObservationNode> part)
    {
        var first = part();
        if (!IsWord(keyword))
        {
            return first;
        }

        var parts = new List<ObservationNode> { first };
        while (IsWord(keyword))
        {
            _next++;
            parts.Add(part());
        }

        return new ObservationJoin(keyword, parts);
    }

    private ObservationNode ObservationExpression()
    {
        Enter();
        ObservationNode node;
        if (Current.Kind == StixTokenKind.LeftBracket)
        {
            _next++;
            var comparison = ComparisonOr();
            Expect(StixTokenKind.RightBracket, "']'");
            node = new Observation(comparison);
        }
        else if (Current.Kind == StixTokenKind.LeftParen)
        {
            _next++;
            node = ObservationExpressions();
            Expect(StixTokenKind.RightParen, "')'");
        }
        else
        {
            throw Unexpected("'[' or '('");
        }

        var qualifiers = Qualifiers();
        _depth--;
        return qualifiers.Count == 0 ? node : node with { Qualifiers = [.. node.Qualifiers, .. qualifiers] };
    }

    private List<string> Qualifiers()
    {
        var qualifiers = new List<string>();
        while (true)
        {
            if (IsWord("WITHIN"))
            {
                _next++;
                Expect(StixTokenKind.Number, "a number of seconds");
                ExpectWord("SECONDS");
                qualifiers.Add("WITHIN");
            }
            else if (IsWord("REPEATS"))
            {
                _next++;
                Expect(StixTokenKind.Number, "a number of times");
                ExpectWord("TIMES");
                qualifiers.Add("REPEATS");
            }
            else if (IsWord("START"))
            {
                _next++;
                ExpectTimestamp();
                ExpectWord("STOP");
                ExpectTimestamp();
                qualifiers.Add("START/STOP");
            }
            else
            {
                return qualifiers;
            }
        }
    }

    private ComparisonNode ComparisonOr() => ComparisonJoinOf("OR", ComparisonAnd);

    private ComparisonNode ComparisonAnd() => ComparisonJoinOf("AND", PropertyTestOrGroup);

    private ComparisonNode ComparisonJoinOf(string keyword, Func<ComparisonNode> part)
    {
        var first = part();
        if (!IsWord(keyword))
        {
            return first;
        }

        var parts = new List<ComparisonNode> { first };
        while (IsWord(keyword))
        {
            _next++;
            parts.Add(part());
        }

        return new ComparisonJoin(keyword, parts);
    }

    private ComparisonNode PropertyTestOrGroup()
    {
        Enter();
        try
        {
            if (Current.Kind == StixTokenKind.LeftParen)
            {
                _next++;
                var inner = ComparisonOr();
                Expect(StixTokenKind.RightParen, "')'");
                return inner;
            }

            if (IsWord("EXISTS"))
            {
                _next++;
                return new ExistsTest(Expect(StixTokenKind.ObjectPath, "an object path").Text);
            }

            var path = Expect(StixTokenKind.ObjectPath, "an object path such as ipv4-addr:value").Text;
            var negated = false;
            if (IsWord("NOT"))
            {
                negated = true;
                _next++;
            }

            if (Current.Kind == StixTokenKind.Operator && ComparisonOperators.Contains(Current.Text))
            {
                var op = Current.Text;
                _next++;
                return new PropertyTest(path, negated, op, [Literal()]);
            }

            if (IsWord("IN"))
            {
                _next++;
                return new PropertyTest(path, negated, "IN", Set());
            }

            if (Current.Kind == StixTokenKind.Word && StringOperators.Contains(Current.Text))
            {
                var op = Current.Text.ToUpperInvariant();
                _next++;
                return new PropertyTest(path, negated, op, [Expect(StixTokenKind.String, "a string")]);
            }

            throw Unexpected("a comparison operator (=, !=, <, >, IN, LIKE, MATCHES, ISSUBSET, ISSUPERSET)");
        }
        finally
        {
            _depth--;
        }
    }

    private List<StixToken> Set()
    {
        Expect(StixTokenKind.LeftParen, "'('");
        var values = new List<StixToken> { Literal() };
        while (Current.Kind == StixTokenKind.Comma)
        {
            _next++;
            values.Add(Literal());
            if (values.Count > MaxSetSize)
            {
                throw new StixPatternException($"a set has more than {MaxSetSize} values", Current.Position);
            }
        }

        Expect(StixTokenKind.RightParen, "')'");
        return values;
    }

    private StixToken Literal()
    {
        var token = Current;
        if (token.Kind is StixTokenKind.String or StixTokenKind.TypedString or StixTokenKind.Number
            || (token.Kind == StixTokenKind.Word && (token.Text.Equals("true", StringComparison.OrdinalIgnoreCase) || token.Text.Equals("false", StringComparison.OrdinalIgnoreCase))))
        {
            _next++;
            return token;
        }

        throw Unexpected("a literal value");
    }

    private void ExpectTimestamp()
    {
        if (Current.Kind != StixTokenKind.TypedString || Current.Prefix != 't')
        {
            throw Unexpected("a timestamp t'...'");
        }

        _next++;
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new StixPatternException($"the pattern nests deeper than {MaxDepth} levels", Current.Position);
        }
    }

    private bool IsWord(string keyword) =>
        Current.Kind == StixTokenKind.Word && Current.Text.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    private void ExpectWord(string keyword)
    {
        if (!IsWord(keyword))
        {
            throw Unexpected(keyword);
        }

        _next++;
    }

    private StixToken Expect(StixTokenKind kind, string what)
    {
        if (Current.Kind != kind)
        {
            throw Unexpected(what);
        }

        return _tokens[_next++];
    }

    private StixPatternException Unexpected(string expected) => new(
        Current.Kind == StixTokenKind.End ? $"expected {expected}, found the end of the pattern" : $"expected {expected}, found '{Current.Text}'",
        Current.Position);
}
