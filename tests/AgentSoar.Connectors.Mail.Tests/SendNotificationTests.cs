using AgentSoar.Connectors.Mail.Tests.TestSupport;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Mail.Tests;

public sealed class SendNotificationTests : IAsyncLifetime
{
    private readonly SmtpServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Send_ConfiguredServer_EnvelopeHeadersAndBodyArrive()
    {
        var mail = new MailHarness(MailHarness.Options(_server));
        var input = new SendNotificationInput(
            ["soc@corp.example", "lead@corp.example"],
            "Incident 42: host isolated — évité",
            "The host ws-17 was isolated.\nLine two with = sign and ünïcode.",
            ["audit@corp.example"]);

        var result = await mail.SendAsync(input);

        var output = Assert.IsType<SendNotificationOutput>(result.BoxedOutput);
        var message = Assert.Single(_server.Messages);
        Assert.Equal("soar@agentsoar.example", message.MailFrom);
        Assert.Equal(["soc@corp.example", "lead@corp.example", "audit@corp.example"], message.Recipients);
        Assert.Equal("Incident 42: host isolated — évité", message.Header("Subject"));
        Assert.Contains("soar@agentsoar.example", message.Header("From"), StringComparison.Ordinal);
        Assert.Contains("soc@corp.example", message.Header("To"), StringComparison.Ordinal);
        Assert.Contains("audit@corp.example", message.Header("Cc"), StringComparison.Ordinal);
        Assert.Equal("auto-generated", message.Header("Auto-Submitted"));
        Assert.Equal(output.MessageId, message.Header("Message-ID"));
        Assert.Contains("The host ws-17 was isolated.", message.Body, StringComparison.Ordinal);
        Assert.Contains("Line two with = sign and ünïcode.", message.Body, StringComparison.Ordinal);
        Assert.True(output.Sent);
        Assert.False(output.Duplicate);
    }

    [Fact]
    public async Task Send_SameIdempotencyKeyTwice_SentOnceAndTheRepeatSaysDuplicate()
    {
        var mail = new MailHarness(MailHarness.Options(_server));
        var input = new SendNotificationInput(["soc@corp.example"], "Once", "body");

        var first = Assert.IsType<SendNotificationOutput>((await mail.SendAsync(input, "exec-7")).BoxedOutput);
        var second = Assert.IsType<SendNotificationOutput>((await mail.SendAsync(input, "exec-7")).BoxedOutput);

        Assert.Single(_server.Messages);
        Assert.True(second.Duplicate);
        Assert.Equal(first.MessageId, second.MessageId);
    }

    [Fact]
    public async Task Send_RetryAfterATransientFailure_SameMessageIdAndSentOnceAccepted()
    {
        var mail = new MailHarness(MailHarness.Options(_server));
        var input = new SendNotificationInput(["soc@corp.example"], "Retry", "body");
        _server.MailFromReply = "451 4.3.0 try later";

        var failed = await mail.SendAsync(input, "exec-9");
        _server.MailFromReply = "250 OK";
        var retried = Assert.IsType<SendNotificationOutput>((await mail.SendAsync(input, "exec-9")).BoxedOutput);

        Assert.Equal(ActionFailureKind.Transient, failed.Failure!.Kind);
        Assert.False(retried.Duplicate);
        Assert.Equal(retried.MessageId, Assert.Single(_server.Messages).Header("Message-ID"));
        Assert.Equal(MessageIds.For("exec-9", "soar@agentsoar.example"), retried.MessageId);
        Assert.DoesNotContain("exec-9", retried.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_DifferentIdempotencyKeys_TwoMessagesWithDifferentIds()
    {
        var mail = new MailHarness(MailHarness.Options(_server));
        var input = new SendNotificationInput(["soc@corp.example"], "Twice", "body");

        await mail.SendAsync(input, "exec-1");
        await mail.SendAsync(input, "exec-2");

        Assert.Equal(2, _server.Messages.Select(m => m.Header("Message-ID")).Distinct().Count());
    }

    [Fact]
    public async Task Send_RecipientRefused5xx_PermanentNamingTheRecipient()
    {
        _server.RecipientReplies["ghost@corp.example"] = "550 5.1.1 no such user";
        var mail = new MailHarness(MailHarness.Options(_server));

        var result = await mail.SendAsync(new SendNotificationInput(["ghost@corp.example"], "Hello", "body"));

        Assert.Equal(ActionFailureKind.Permanent, result.Failure!.Kind);
        Assert.Contains("ghost@corp.example", result.Failure.Message, StringComparison.Ordinal);
        Assert.Contains("550", result.Failure.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Messages);
    }

    [Fact]
    public async Task Send_OneOfTwoRecipientsRefused_PermanentAndTheOtherStillReceivesIt()
    {
        _server.RecipientReplies["ghost@corp.example"] = "550 5.1.1 no such user";
        var mail = new MailHarness(MailHarness.Options(_server));

        var result = await mail.SendAsync(new SendNotificationInput(["soc@corp.example", "ghost@corp.example"], "Hello", "body"));

        Assert.Equal(ActionFailureKind.Permanent, result.Failure!.Kind);
        Assert.Contains("ghost@corp.example", result.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(["soc@corp.example"], Assert.Single(_server.Messages).Recipients);
    }

    [Fact]
    public async Task Send_RecipientDeferred4xx_Transient()
    {
        _server.RecipientReplies["busy@corp.example"] = "450 4.2.1 mailbox busy";
        var mail = new MailHarness(MailHarness.Options(_server));

        var result = await mail.SendAsync(new SendNotificationInput(["busy@corp.example"], "Hello", "body"));

        Assert.Equal(ActionFailureKind.Transient, result.Failure!.Kind);
        Assert.Contains("busy@corp.example", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ServerClosesTheConnectionAtData_TransientAndARetryMaySend()
    {
        _server.CloseAtData = true;
        var mail = new MailHarness(MailHarness.Options(_server));
        var input = new SendNotificationInput(["soc@corp.example"], "Hello", "body");

        var failed = await mail.SendAsync(input, "exec-3");
        _server.CloseAtData = false;
        var retried = await mail.SendAsync(input, "exec-3");

        Assert.Equal(ActionFailureKind.Transient, failed.Failure!.Kind);
        Assert.True(retried.IsSuccess);
        Assert.Single(_server.Messages);
    }

    [Fact]
    public async Task Send_ServiceUnavailableGreeting_Transient()
    {
        _server.Greeting = "421 4.3.2 shutting down";
        var mail = new MailHarness(MailHarness.Options(_server));

        var result = await mail.SendAsync(new SendNotificationInput(["soc@corp.example"], "Hello", "body"));

        Assert.Equal(ActionFailureKind.Transient, result.Failure!.Kind);
    }

    [Fact]
    public async Task Send_NothingListens_Transient()
    {
        var options = MailHarness.Options(_server);
        options.Port = 1;
        var mail = new MailHarness(options);

        var result = await mail.SendAsync(new SendNotificationInput(["soc@corp.example"], "Hello", "body"));

        Assert.Equal(ActionFailureKind.Transient, result.Failure!.Kind);
    }

    [Fact]
    public async Task Send_WithCredentials_LogsInWithTheSecretPassword()
    {
        var options = MailHarness.Options(_server);
        options.UserName = "soar";
        var mail = new MailHarness(options, new() { ["Password"] = "s3cret-pw" });

        var result = await mail.SendAsync(new SendNotificationInput(["soc@corp.example"], "Hello", "body"));

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal(("soar", "s3cret-pw"), Assert.Single(_server.Logins));
    }

    [Fact]
    public async Task Send_CredentialsRefused_Unauthorized()
    {
        // SmtpClient goes on without a login when AUTH fails; a server that requires one then refuses MAIL FROM.
        _server.AuthReply = "535 5.7.8 authentication failed";
        _server.MailFromReply = "530 5.7.0 authentication required";
        var options = MailHarness.Options(_server);
        options.UserName = "soar";
        var mail = new MailHarness(options, new() { ["Password"] = "wrong" });

        var result = await mail.SendAsync(new SendNotificationInput(["soc@corp.example"], "Hello", "body"));

        Assert.Equal(ActionFailureKind.Unauthorized, result.Failure!.Kind);
        Assert.DoesNotContain("wrong", result.Failure.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Messages);
    }

    [Theory]
    [InlineData("Bob <bob@corp.example>", "to: 'Bob <bob@corp.example>' is not a plain e-mail address")]
    [InlineData("a@corp.example, b@corp.example", "is not a plain e-mail address")]
    [InlineData("not-an-address", "is not a plain e-mail address")]
    [InlineData("mallory@evil.example", "is not in an allowed domain (corp.example, *.partner.example)")]
    public async Task Send_RecipientNotAcceptable_InvalidInputAndNothingSent(string recipient, string message)
    {
        var mail = new MailHarness(MailHarness.Options(_server, "corp.example", "*.partner.example"));

        var result = await mail.SendAsync(new SendNotificationInput([recipient], "Hello", "body"));

        Assert.Equal(ActionFailureKind.InvalidInput, result.Failure!.Kind);
        Assert.Contains(message, result.Failure.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Commands);
    }

    [Fact]
    public async Task Send_RecipientInAnAllowedSubdomain_Sent()
    {
        var mail = new MailHarness(MailHarness.Options(_server, "corp.example", "*.partner.example"));

        var result = await mail.SendAsync(new SendNotificationInput(["ops@eu.partner.example"], "Hello", "body", ["x@CORP.example"]));

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal(["ops@eu.partner.example", "x@CORP.example"], Assert.Single(_server.Messages).Recipients);
    }

    [Theory]
    [InlineData("Line one\r\nBcc: everyone@corp.example")]
    [InlineData("")]
    public async Task Send_SubjectNotOneLine_InvalidInput(string subject)
    {
        var mail = new MailHarness(MailHarness.Options(_server));

        var result = await mail.SendAsync(new SendNotificationInput(["soc@corp.example"], subject, "body"));

        Assert.Equal(ActionFailureKind.InvalidInput, result.Failure!.Kind);
        Assert.StartsWith("subject:", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_TooManyRecipients_InvalidInput()
    {
        var options = MailHarness.Options(_server);
        options.MaxRecipients = 2;
        var mail = new MailHarness(options);

        var result = await mail.SendAsync(new SendNotificationInput(["a@corp.example", "b@corp.example"], "Hello", "body", ["c@corp.example"]));

        Assert.Equal(ActionFailureKind.InvalidInput, result.Failure!.Kind);
        Assert.Contains("3 recipients", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_NotConfigured_PermanentNotConfigured()
    {
        var mail = new MailHarness(new MailOptions());

        var result = await mail.SendAsync(new SendNotificationInput(["soc@corp.example"], "Hello", "body"));

        Assert.Equal(ActionFailureKind.Permanent, result.Failure!.Kind);
        Assert.Contains("not configured", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_NotConfigured_ReportsWhatWouldBeSentWithoutSending()
    {
        var mail = new MailHarness(new MailOptions());

        var result = await mail.SendAsync(new SendNotificationInput(["soc@corp.example"], "Hello", "body"), simulate: true);

        var output = Assert.IsType<SendNotificationOutput>(result.BoxedOutput);
        Assert.False(output.Sent);
        Assert.Null(output.From);
        Assert.Equal(["soc@corp.example"], output.To);
        Assert.Empty(_server.Commands);
    }

    [Fact]
    public async Task Simulate_InvalidRecipient_SameInvalidInputAsARealSend()
    {
        var mail = new MailHarness(MailHarness.Options(_server, "corp.example"));

        var result = await mail.SendAsync(new SendNotificationInput(["x@elsewhere.example"], "Hello", "body"), simulate: true);

        Assert.Equal(ActionFailureKind.InvalidInput, result.Failure!.Kind);
    }
}
