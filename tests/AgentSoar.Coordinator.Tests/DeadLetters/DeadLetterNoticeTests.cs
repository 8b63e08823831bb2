using System.Text;
using AgentSoar.Contracts.Secrets;
using AgentSoar.Hosting.Bus.DeadLetters;

namespace AgentSoar.Coordinator.Tests.DeadLetters;

public sealed class DeadLetterNoticeTests
{
    private static readonly Uri Queue = new("rabbitmq://localhost:5672/agentsoar/agentsoar-alert-received?bind=true");

    private static readonly DateTimeOffset At = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void Create_EnvelopeWithASecretField_MasksItAndReadsTypesAndIdFromTheEnvelope()
    {
        var id = Guid.NewGuid();
        var body = Encoding.UTF8.GetBytes($$$"""{"messageId":"{{{id}}}","messageType":["urn:message:AgentSoar.Contracts.Alerts:AlertReceived"],"message":{"source":"siem","api_token":"hunter2"}}""");

        var notice = DeadLetterNotice.Create(Queue, body, "application/vnd.masstransit+json", [], null, new InvalidOperationException("no"), "svc", At);

        Assert.Equal("agentsoar-alert-received", notice.SourceQueue);
        Assert.Equal(["urn:message:AgentSoar.Contracts.Alerts:AlertReceived"], notice.MessageTypes);
        Assert.Equal(id, notice.MessageId);
        Assert.DoesNotContain("hunter2", notice.Body, StringComparison.Ordinal);
        Assert.Contains(SecretFields.Replacement, notice.Body, StringComparison.Ordinal);
        Assert.True(notice.BodyMasked);
        Assert.False(notice.BodyTruncated);
        Assert.Equal(body.Length, notice.BodyBytes);
        Assert.Equal("System.InvalidOperationException", notice.ExceptionType);
        Assert.Equal(At, notice.FailedAt);
    }

    [Theory]
    [InlineData("urn:message:AgentSoar.Contracts.Accounts:ResetUserPassword")]
    [InlineData("urn:message:AgentSoar.Contracts.ApiKeys:CreateApiKey")]
    public void Create_AccountOrApiKeyMessage_WithholdsTheWholeBodySoItCannotBeReadOrReplayed(string type)
    {
        var body = Encoding.UTF8.GetBytes($$$"""{"messageId":"{{{Guid.NewGuid()}}}","messageType":["{{{type}}}"],"message":{"userName":"rita","passwordHash":"AQAAAAIAAYagAAAAE-secret-hash"}}""");

        var notice = DeadLetterNotice.Create(Queue, body, "application/vnd.masstransit+json", [], null, new InvalidOperationException("no"), "svc", At);

        Assert.Equal(DeadLetterNotice.WithheldBody, notice.Body);
        Assert.DoesNotContain("secret-hash", notice.Body, StringComparison.Ordinal);
        Assert.True(notice.BodyMasked);
        Assert.Equal([type], notice.MessageTypes);
        Assert.Equal(body.Length, notice.BodyBytes);
    }

    [Fact]
    public void Create_GarbageBody_KeepsItAsTextWithNoTypes()
    {
        var notice = DeadLetterNotice.Create(new Uri("loopback://localhost/agentsoar-plan-requested"), "{not json"u8, null, [], null, new FormatException("bad"), "svc", At);

        Assert.Equal("agentsoar-plan-requested", notice.SourceQueue);
        Assert.Equal("{not json", notice.Body);
        Assert.Empty(notice.MessageTypes);
        Assert.Null(notice.MessageId);
        Assert.False(notice.BodyMasked);
    }

    [Fact]
    public void Create_BodyOverTheBound_CutsItOnACharacterBoundary()
    {
        // Three-byte characters: the bound falls inside one, which must not be split.
        var body = Encoding.UTF8.GetBytes(new string('☃', DeadLetterNotice.MaxBodyBytes / 3 + 10));

        var notice = DeadLetterNotice.Create(Queue, body, null, [], null, new InvalidOperationException("x"), "svc", At);

        Assert.True(notice.BodyTruncated);
        Assert.Equal(body.Length, notice.BodyBytes);
        Assert.True(Encoding.UTF8.GetByteCount(notice.Body) <= DeadLetterNotice.MaxBodyBytes);
        Assert.All(notice.Body, c => Assert.Equal('☃', c));
    }

    [Fact]
    public void Reason_InnerExceptionAndLongMessage_NamesBothAndIsBounded()
    {
        var reason = DeadLetterNotice.Reason(new InvalidOperationException("outer", new TimeoutException("inner")));
        var longReason = DeadLetterNotice.Reason(new InvalidOperationException(new string('x', 5000)));

        Assert.Equal("outer ---> TimeoutException: inner", reason);
        Assert.Equal(DeadLetterNotice.MaxReasonChars + 1, longReason.Length);
    }
}
