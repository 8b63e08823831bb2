using AgentSoar.Playbooks.Expressions.Nodes;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Syntax;

/// <summary>
/// Recursive descent, loosest first: <c>||</c>, <c>&amp;&amp;</c>, <c>!</c>, <c>== !=</c>, <c>&lt; &lt;= &gt; &gt;=</c>,
/// <c>in</c>, <c>+ -</c>, <c>* / %</c>, unary minus, then paths, calls and literals.
/// </summary>
internal sealed partial class Parser
{
    private readonly List<Token> _tokens;
    private readonly Locator _locate;
    private readonly ExpressionLimits _limits;
    private int _position;
    private int _depth;

    private Parser(List<Token> tokens, Locator locate, ExpressionLimits limits)
    {
        _tokens = tokens;
        _locate = locate;
        _limits = limits;
    }

    private Token Current => _tokens[_position];

    public static ExprNode Parse(string text, Locator locate, ExpressionLimits limits)
    {
        if (text.Length > limits.MaxLength)
        {
            throw new ExpressionException($"the expression is {text.Length} characters long, over the limit of {limits.MaxLength}", locate(limits.MaxLength));
        }

        var parser = new Parser(Lexer.Tokenize(text, locate), locate, limits);
        var root = parser.ParseExpression();
        if (parser.Current.Kind != TokenKind.End)
        {
            throw parser.Unexpected("an operator or the end of the expression");
        }

        return root;
    }

    /// <summary>One nesting level deeper; <paramref name="opener"/> is the bracket blamed when that is too deep.</summary>
    private ExprNode ParseExpression(Token? opener = null)
    {
        Enter(opener ?? Current);
        var node = ParseBinary(0);
        _depth--;
        return node;
    }

    /// <summary>The binary levels, loosest first; <c>!</c> sits between <c>&amp;&amp;</c> and the comparisons.</summary>
    private static readonly TokenKind[][] Levels =
    [
        [TokenKind.OrOr],
        [TokenKind.AndAnd],
        [],
        [TokenKind.EqualEqual, TokenKind.NotEqual],
        [TokenKind.Less, TokenKind.LessEqual, TokenKind.Greater, TokenKind.GreaterEqual],
        [TokenKind.In],
        [TokenKind.Plus, TokenKind.Minus],
        [TokenKind.Star, TokenKind.Slash, TokenKind.Percent],
    ];

    private const int NotLevel = 2;

    private ExprNode ParseBinary(int level)
    {
        if (level == Levels.Length)
        {
            return ParseUnary();
        }

        if (level == NotLevel)
        {
            return ParseLooseNot();
        }

        var left = ParseBinary(level + 1);
        while (Levels[level].Contains(Current.Kind))
        {
            var op = Take();
            var right = ParseBinary(level + 1);
            left = Binary(op, left, right);
        }

        return left;
    }

    /// <summary><c>!a == b</c> reads as <c>!(a == b)</c>.</summary>
    private ExprNode ParseLooseNot()
    {
        if (Current.Kind != TokenKind.Bang)
        {
            return ParseBinary(NotLevel + 1);
        }

        var op = Take();
        Enter(op);
        var operand = ParseLooseNot();
        _depth--;
        return new NotNode(operand, Locate(op));
    }

    private ExprNode ParseUnary()
    {
        if (Current.Kind is not (TokenKind.Minus or TokenKind.Bang))
        {
            return ParsePostfix(ParsePrimary());
        }

        // After an operator (a == !b, 1 + -x) unary operators bind tightly.
        var op = Take();
        Enter(op);
        var operand = ParseUnary();
        _depth--;
        if (op.Kind == TokenKind.Bang)
        {
            return new NotNode(operand, Locate(op));
        }

        return operand is LiteralNode { Value: NumberValue n }
            ? new LiteralNode(new NumberValue(-n.Value), Locate(op))
            : new NegateNode(operand, Locate(op));
    }

    private ExprNode Binary(Token op, ExprNode left, ExprNode right)
    {
        var at = Locate(op);
        return op.Kind switch
        {
            TokenKind.OrOr => new LogicalNode(false, left, right, at),
            TokenKind.AndAnd => new LogicalNode(true, left, right, at),
            TokenKind.EqualEqual => new EqualityNode(false, left, right, at),
            TokenKind.NotEqual => new EqualityNode(true, left, right, at),
            TokenKind.Less => new ComparisonNode(ComparisonOperator.Less, op.Text, left, right, at),
            TokenKind.LessEqual => new ComparisonNode(ComparisonOperator.LessOrEqual, op.Text, left, right, at),
            TokenKind.Greater => new ComparisonNode(ComparisonOperator.Greater, op.Text, left, right, at),
            TokenKind.GreaterEqual => new ComparisonNode(ComparisonOperator.GreaterOrEqual, op.Text, left, right, at),
            TokenKind.In => new InNode(left, right, at),
            TokenKind.Plus => new ArithmeticNode(ArithmeticOperator.Add, op.Text, left, right, at),
            TokenKind.Minus => new ArithmeticNode(ArithmeticOperator.Subtract, op.Text, left, right, at),
            TokenKind.Star => new ArithmeticNode(ArithmeticOperator.Multiply, op.Text, left, right, at),
            TokenKind.Slash => new ArithmeticNode(ArithmeticOperator.Divide, op.Text, left, right, at),
            _ => new ArithmeticNode(ArithmeticOperator.Remainder, op.Text, left, right, at),
        };
    }

    private void Enter(Token at)
    {
        if (++_depth > _limits.MaxDepth)
        {
            throw new ExpressionException($"the expression nests deeper than the limit of {_limits.MaxDepth}", Locate(at));
        }
    }

    private Token Take() => _tokens[_position++];

    private Token Peek(int ahead) => _tokens[Math.Min(_position + ahead, _tokens.Count - 1)];

    private SourceLocation Locate(Token token) => _locate(token.Start);

    private Token Expect(TokenKind kind, string what) => Current.Kind == kind ? Take() : throw Unexpected(what);

    private ExpressionException Unexpected(string what) => new($"expected {what}, found {Current.Describe()}", Locate(Current));
}
