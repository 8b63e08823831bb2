using AgentSoar.Playbooks.Expressions.Functions;
using AgentSoar.Playbooks.Expressions.Nodes;
using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Expressions.Syntax;

/// <summary>The tight end of the grammar: literals, names, calls, lists, and the <c>.member</c> / <c>[index]</c> that follow.</summary>
internal sealed partial class Parser
{
    private ExprNode ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Take();
                return new LiteralNode(new NumberValue(token.Number), Locate(token));
            case TokenKind.String:
                Take();
                return new LiteralNode(new StringValue(token.Text), Locate(token));
            case TokenKind.True or TokenKind.False:
                Take();
                return new LiteralNode(BoolValue.Of(token.Kind == TokenKind.True), Locate(token));
            case TokenKind.Null:
                Take();
                return new LiteralNode(ExprValue.Null, Locate(token));
            case TokenKind.Identifier when Peek(1).Kind == TokenKind.LeftParen:
                return ParseCall();
            case TokenKind.Identifier:
                Take();
                return new RootNode(token.Text, Locate(token));
            case TokenKind.LeftParen:
                Take();
                var inner = ParseExpression(token);
                Expect(TokenKind.RightParen, $"')' to close the '(' at {Locate(token)}");
                return inner;
            case TokenKind.LeftBracket:
                Take();
                var items = ParseList(TokenKind.RightBracket, token, out _);
                return new ListNode(items, Locate(token));
            default:
                throw Unexpected("an expression");
        }
    }

    private ExprNode ParsePostfix(ExprNode node)
    {
        while (true)
        {
            if (Current.Kind == TokenKind.Dot)
            {
                Take();
                var name = Current;
                if (name.Kind is not (TokenKind.Identifier or TokenKind.True or TokenKind.False or TokenKind.Null or TokenKind.In))
                {
                    throw Unexpected("a member name after '.'");
                }

                Take();
                var text = node is RootNode { Name: "steps" } ? GlueHyphens(name) : name.Text;
                node = new MemberNode(node, text, Locate(name));
            }
            else if (Current.Kind == TokenKind.LeftBracket)
            {
                var open = Take();
                var index = ParseExpression(open);
                Expect(TokenKind.RightBracket, $"']' to close the '[' at {Locate(open)}");
                node = new IndexNode(node, index, Locate(open));
            }
            else
            {
                return node;
            }
        }
    }

    /// <summary>
    /// Step ids may hold hyphens (<c>steps.block-ip.output</c>). Right after <c>steps.</c> a hyphen with no space
    /// around it joins the name; everywhere else it is a minus.
    /// </summary>
    private string GlueHyphens(Token first)
    {
        var text = first.Text;
        var end = first.End;
        while (Current.Kind == TokenKind.Minus && Current.Start == end
            && Peek(1) is { Kind: TokenKind.Identifier or TokenKind.Number } next && next.Start == Current.End
            && next.Text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            Take();
            Take();
            text += "-" + next.Text;
            end = next.End;
        }

        return text;
    }

    private CallNode ParseCall()
    {
        var name = Take();
        if (!FunctionLibrary.All.TryGetValue(name.Text, out var function))
        {
            throw new ExpressionException(
                $"unknown function '{name.Text}'{DidYouMean.Hint(name.Text, FunctionLibrary.All.Keys)}", Locate(name));
        }

        var open = Take();
        var arguments = ParseList(TokenKind.RightParen, open, out var starts);

        if (arguments.Count < function.MinArgs || arguments.Count > function.MaxArgs)
        {
            throw new ExpressionException($"{name.Text}() takes {function.Arity}, not {arguments.Count}", Locate(name));
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] is LiteralNode literal && function.CheckConstant?.Invoke(i, literal.Value) is { } problem)
            {
                throw new ExpressionException($"{name.Text}(): {problem}", starts[i]);
            }
        }

        return new CallNode(function, arguments, starts, Locate(name));
    }

    /// <summary>Comma-separated expressions up to <paramref name="close"/>; also gives where each one starts.</summary>
    private List<ExprNode> ParseList(TokenKind close, Token open, out List<SourceLocation> starts)
    {
        var items = new List<ExprNode>();
        starts = [];
        if (Current.Kind == close)
        {
            Take();
            return items;
        }

        while (true)
        {
            starts.Add(Locate(Current));
            items.Add(ParseExpression(open));
            if (Current.Kind == TokenKind.Comma)
            {
                Take();
                continue;
            }

            Expect(close, $"',' or '{(close == TokenKind.RightParen ? ")" : "]")}' to close the '{open.Text}' at {Locate(open)}");
            return items;
        }
    }
}
