using AgentSoar.Connectors.Intel.Stix;

namespace AgentSoar.Connectors.Intel.Tests;

public sealed class StixPatternParserTests
{
    [Fact]
    public void Extract_IpEquality_YieldsTheAddress()
    {
        var (terms, unsupported) = StixPatternTerms.Extract(StixPatternParser.Parse("[ipv4-addr:value = '10.0.0.0']"));

        Assert.Null(unsupported);
        Assert.Equal([(IndicatorKind.Ip, "10.0.0.0")], terms);
    }

    [Fact]
    public void Extract_ObservationsJoinedByOrWithInSet_YieldsEveryValue()
    {
        var pattern = "[domain-name:value = 'Login-Update.Example'] OR [url:value IN ('http://x.example/a', 'http://y.example/b?q=1')] OR [ipv6-addr:value = '2001:db8::1' OR ipv4-addr:value ISSUBSET '198.51.100.9/24']";

        var (terms, unsupported) = StixPatternTerms.Extract(StixPatternParser.Parse(pattern));

        Assert.Null(unsupported);
        Assert.Equal(
            [
                (IndicatorKind.Domain, "login-update.example"),
                (IndicatorKind.Url, "http://x.example/a"),
                (IndicatorKind.Url, "http://y.example/b?q=1"),
                (IndicatorKind.Ip, "2001:db8::1"),
                (IndicatorKind.Ip, "198.51.100.0/24"),
            ],
            terms);
    }

    [Theory]
    [InlineData("[file:hashes.'SHA-256' = 'AEC070645FE53EE3B3763059376134F058CC337247C978ADD178B6CCDFB0019F']")]
    [InlineData("[file:hashes.MD5 = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']")]
    public void Extract_FileHash_YieldsTheLowercaseHash(string pattern)
    {
        var (terms, _) = StixPatternTerms.Extract(StixPatternParser.Parse(pattern));

        Assert.Equal([(IndicatorKind.Hash, "aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f")], terms);
    }

    [Theory]
    [InlineData("[ipv4-addr:value = '10.0.0.1' AND ipv4-addr:value = '10.0.0.2']", "comparisons joined by AND")]
    [InlineData("[ipv4-addr:value = '10.0.0.1'] AND [domain-name:value = 'a.example']", "observations joined by AND")]
    [InlineData("[ipv4-addr:value = '10.0.0.1'] FOLLOWEDBY [domain-name:value = 'a.example']", "FOLLOWEDBY")]
    [InlineData("[domain-name:value MATCHES '^evil']", "MATCHES")]
    [InlineData("[ipv4-addr:value NOT = '10.0.0.1']", "NOT")]
    [InlineData("[ipv4-addr:value = '10.0.0.1'] WITHIN 300 SECONDS", "WITHIN")]
    [InlineData("[ipv4-addr:value = '10.0.0.1'] START t'2020-01-01T00:00:00Z' STOP t'2021-01-01T00:00:00Z'", "START/STOP")]
    [InlineData("[email-message:subject = 'hello']", "email-message:subject")]
    [InlineData("[file:size = 100]", "file:size")]
    [InlineData("[ipv4-addr:value = 'not-an-address']", "not a valid value")]
    public void Extract_PatternOutsideTheSubset_SaysWhy(string pattern, string reason)
    {
        var (terms, unsupported) = StixPatternTerms.Extract(StixPatternParser.Parse(pattern));

        Assert.Empty(terms);
        Assert.Contains(reason, unsupported, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[ipv4-addr:value = '10.0.0.1'", "expected ']'")]
    [InlineData("[ipv4-addr:value = '10.0.0.1]", "unterminated string")]
    [InlineData("ipv4-addr:value = '10.0.0.1'", "expected '[' or '('")]
    [InlineData("[ipv4-addr:value = 'a\\q']", "backslash")]
    [InlineData("[ipv4-addr:value ~ '10.0.0.1']", "unexpected character '~'")]
    [InlineData("[ipv4-addr:value = '10.0.0.1'] OR", "found the end of the pattern")]
    [InlineData("[ipv4-addr:value IN ('a', )]", "expected a literal value")]
    public void Parse_MalformedPattern_ThrowsWithPosition(string pattern, string message)
    {
        var error = Assert.Throws<StixPatternException>(() => StixPatternParser.Parse(pattern));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Position, 0, pattern.Length);
    }

    [Fact]
    public void Parse_DeeplyNestedPattern_RefusedAtTheDepthBound()
    {
        var pattern = new string('(', 200) + "[ipv4-addr:value = '10.0.0.1']" + new string(')', 200);

        var error = Assert.Throws<StixPatternException>(() => StixPatternParser.Parse(pattern));

        Assert.Contains("nests deeper", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OverlongPattern_RefusedBeforeLexing()
    {
        var pattern = "[ipv4-addr:value IN ('" + string.Join("', '", Enumerable.Repeat("10.0.0.1", 3000)) + "')]";

        var error = Assert.Throws<StixPatternException>(() => StixPatternParser.Parse(pattern));

        Assert.Contains("longer than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RealAttachmentPatternWithEscapesAndListIndex_ParsesAndIsReportedUnsupported()
    {
        // The pattern of the shared STIX example, after JSON decoding.
        var pattern = "[email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\\\.exe$']";

        var parsed = StixPatternParser.Parse(pattern);

        var test = Assert.IsType<PropertyTest>(Assert.IsType<Observation>(parsed).Comparison);
        Assert.Equal("email-message:body_multipart[*].body_raw_ref.name", test.Path);
        Assert.Equal("^Final Report.+\\.exe$", Assert.Single(test.Values).Text);
        Assert.Contains("email-message", StixPatternTerms.Extract(parsed).Unsupported, StringComparison.Ordinal);
    }
}
