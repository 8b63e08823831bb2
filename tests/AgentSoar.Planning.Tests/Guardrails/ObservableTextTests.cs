using AgentSoar.Planning.Guardrails;

namespace AgentSoar.Planning.Tests.Guardrails;

public sealed class ObservableTextTests
{
    [Theory]
    [InlineData("10.0.0.1", "IP address")]
    [InlineData("2001:db8::dead", "IP address")]
    [InlineData("0.0.0.0/0", "IP network")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "hash")]
    [InlineData("https://attacker.example/x", "URL")]
    [InlineData("ceo@example.com", "e-mail address")]
    [InlineData("\u0435xample.com", "domain")]
    [InlineData("just words", null)]
    [InlineData("24h", null)]
    public void KindOf_Text_NamesWhatItLooksLike(string text, string? kind)
    {
        Assert.Equal(kind, ObservableText.KindOf(text));
    }

    [Fact]
    public void Embedded_FreeText_FindsAddressesUrlsMailAndHashesButNotFileNames()
    {
        var found = ObservableText.Embedded("then block 10.0.0.1, fetch https://x.example/a and mail bob@x.example; run cmd.exe on 2001:db8::1").ToList();

        Assert.Equal(["10.0.0.1", "https://x.example/a", "bob@x.example", "2001:db8::1"], found);
    }

    [Theory]
    [InlineData("domain", true)]
    [InlineData("message_id", true)]
    [InlineData("sender", true)]
    [InlineData("command_line", false)]
    [InlineData("bytes_out", false)]
    public void NamesATarget_InputName_SaysWhetherItsValueMustOccur(string name, bool expected)
    {
        Assert.Equal(expected, ObservableText.NamesATarget(name));
    }
}
