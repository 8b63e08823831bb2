using static AgentSoar.Playbooks.Tests.Loading.LoadAssert;
using static AgentSoar.Playbooks.Tests.Loading.SamplePlaybooks;

namespace AgentSoar.Playbooks.Tests.Loading;

/// <summary>An expression error points at the right character whatever the YAML scalar style around it.</summary>
public sealed class ScalarPositionsTests
{
    private const string Step = "  - id: a\n    action: x.y\n";

    [Fact]
    public void Map_PlainScalar_PointsAtTheCharacter() =>
        Single(WithSteps(Step + "    if: ${{ 1 + }}"), 9, 17, "expected an expression, found the end of the expression");

    [Fact]
    public void Map_DoubleQuotedScalarWithEscapes_CountsTheEscapes() =>
        Single(WithSteps(Step + "    if: \"\\\"q\\\" \\u00e9 ${{ 1 + }}\""), 9, 31, "expected an expression");

    [Fact]
    public void Map_SingleQuotedScalarWithDoubledQuote_CountsBothQuotes() =>
        Single(WithSteps(Step + "    if: 'it''s ${{ 1 + }}'"), 9, 24, "expected an expression");

    [Fact]
    public void Map_LiteralBlockScalar_PointsIntoTheRightLine() =>
        Single(WithSteps(Step + "    if: |\n      prefix\n        ${{ 1 + }}"), 11, 17, "expected an expression");

    [Fact]
    public void Map_PlainScalarFoldedOverLines_PointsIntoTheSecondLine() =>
        Single(WithSteps(Step + "    if: ${{ 1 +\n        2 + }}"), 10, 13, "expected an expression");

    [Fact]
    public void Map_UnterminatedExpression_PointsAtItsOpening() =>
        Single(WithSteps(Step + "    with: { v: \"id ${{ inputs.ip \" }"), 9, 20, "unterminated '${{': no closing '}}'");

    [Fact]
    public void Map_BadFunctionArgumentInQuotedScalar_PointsAtTheArgument() =>
        Single(WithSteps(Step + "    if: \"${{ matches(inputs.ip, '[') }}\""), 9, 33, "matches(): invalid regular expression");
}
