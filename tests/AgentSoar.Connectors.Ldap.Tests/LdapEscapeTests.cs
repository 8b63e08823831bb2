namespace AgentSoar.Connectors.Ldap.Tests;

public sealed class LdapEscapeTests
{
    [Theory]
    [InlineData("*)(uid=*", @"\2a\29\28uid=\2a")]
    [InlineData(@"a\b", @"a\5cb")]
    [InlineData("nul\0", @"nul\00")]
    [InlineData("Zoë (ops)", @"Zoë \28ops\29")]
    [InlineData("plain.name-1", "plain.name-1")]
    public void FilterValue_SpecialCharacters_EscapedAsRfc4515Says(string value, string expected) =>
        Assert.Equal(expected, LdapEscape.FilterValue(value));

    [Fact]
    public void UserFilter_Template_PutsTheEscapedValueAtEveryPlaceholder() =>
        Assert.Equal(@"(|(uid=\2a)(mail=\2a))", LdapEscape.UserFilter("(|(uid={user})(mail={user}))", "*"));
}
