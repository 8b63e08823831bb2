using AgentSoar.Connectors.Mail.Tests.TestSupport;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Mail.Tests;

public sealed class SmtpTestActionTests : IAsyncLifetime
{
    private readonly SmtpServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Test_ServerAnswers_GreetingAndExtensionsAfterEhloThenQuit()
    {
        var options = MailHarness.Options(_server);
        options.HeloName = "soar.test";
        var mail = new MailHarness(options);

        var result = await mail.TestAsync();

        var greeting = Assert.IsType<SmtpGreeting>(result.BoxedOutput);
        Assert.Equal("smtp.test ESMTP ready", greeting.Greeting);
        Assert.Contains("AUTH LOGIN PLAIN", greeting.Extensions);
        Assert.False(greeting.StartTls);
        await WaitForAsync(() => _server.Commands.Count >= 2);
        Assert.Equal(["EHLO soar.test", "QUIT"], _server.Commands);
        Assert.Empty(_server.Messages);
    }

    [Fact]
    public async Task Test_SslRequiredButNoStartTls_PermanentSayingSo()
    {
        var options = MailHarness.Options(_server);
        options.EnableSsl = true;
        var mail = new MailHarness(options);

        var result = await mail.TestAsync();

        Assert.Equal(ActionFailureKind.Permanent, result.Failure!.Kind);
        Assert.Contains("does not offer STARTTLS", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_ServerOffersStartTls_Reported()
    {
        _server.OfferStartTls = true;
        var options = MailHarness.Options(_server);
        options.EnableSsl = true;
        var mail = new MailHarness(options);

        var greeting = Assert.IsType<SmtpGreeting>((await mail.TestAsync()).BoxedOutput);

        Assert.True(greeting.StartTls);
    }

    [Theory]
    [InlineData("421 4.3.2 going down", ActionFailureKind.Transient)]
    [InlineData("554 5.3.2 no service for you", ActionFailureKind.Permanent)]
    public async Task Test_GreetingRefuses_KindFromTheCode(string greeting, ActionFailureKind expected)
    {
        _server.Greeting = greeting;
        var mail = new MailHarness(MailHarness.Options(_server));

        var result = await mail.TestAsync();

        Assert.Equal(expected, result.Failure!.Kind);
        Assert.Contains(greeting[..3], result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_NothingListens_Transient()
    {
        var options = MailHarness.Options(_server);
        options.Port = 1;

        var result = await new MailHarness(options).TestAsync();

        Assert.Equal(ActionFailureKind.Transient, result.Failure!.Kind);
    }

    [Fact]
    public async Task Test_NotConfigured_PermanentNotConfigured()
    {
        var result = await new MailHarness(new MailOptions()).TestAsync();

        Assert.Contains("not configured", result.Failure!.Message, StringComparison.Ordinal);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(20);
        }
    }
}
