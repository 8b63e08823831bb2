using AgentSoar.Contracts.Alerts;
using AgentSoar.Coordinator.DeadLetters;
using AgentSoar.Storage;

namespace AgentSoar.Coordinator.Tests.DeadLetters;

public sealed class DeadLetterReplayTests
{
    private const string AlertType = """["urn:message:AgentSoar.Contracts.Alerts:AlertReceived","urn:message:AgentSoar.Contracts:ICorrelated"]""";

    private static readonly Guid MessageId = Guid.NewGuid();

    private static readonly Guid AlertId = Guid.NewGuid();

    private static DeadLetterRecord Letter(string types = AlertType, string? body = null) => new(
        Guid.NewGuid(), "agentsoar-alert-received", types, MessageId, "X", "y", "application/vnd.masstransit+json",
        body ?? $$$"""{"messageId":"{{{MessageId}}}","conversationId":"{{{AlertId}}}","messageType":["urn:message:AgentSoar.Contracts.Alerts:AlertReceived"],"message":{"alertId":"{{{AlertId}}}","source":"siem","finding":{"class_uid":2004},"receivedBy":"siem","receivedAt":"2026-01-02T03:04:05+00:00"}}""",
        100, false, false, "svc", DateTimeOffset.UnixEpoch, null, null);

    [Fact]
    public void Prepare_AnAlertEnvelope_ReadsTheContractWithItsOriginalIds()
    {
        var (message, problem) = DeadLetterReplay.Prepare(Letter());

        Assert.Null(problem);
        Assert.Equal(typeof(AlertReceived), message!.Type);
        var alert = Assert.IsType<AlertReceived>(message.Payload);
        Assert.Equal(AlertId, alert.AlertId);
        Assert.Equal(2004, alert.Finding.GetProperty("class_uid").GetInt32());
        Assert.Equal(MessageId, message.MessageId);
        Assert.Equal(AlertId, message.ConversationId);
        Assert.Equal("agentsoar-alert-received", message.Queue);
    }

    [Fact]
    public void Problem_TruncatedMaskedOrForeign_SaysWhyItCannotBeReplayed()
    {
        Assert.Contains("64 KiB", DeadLetterReplay.Problem(Letter() with { BodyTruncated = true }), StringComparison.Ordinal);
        Assert.Contains("masked", DeadLetterReplay.Problem(Letter() with { BodyMasked = true }), StringComparison.Ordinal);
        Assert.Contains("not an AgentSoar message", DeadLetterReplay.Problem(Letter(types: """["urn:message:Other:Thing"]""")), StringComparison.Ordinal);
        Assert.Contains("not an AgentSoar message", DeadLetterReplay.Problem(Letter(types: "[]", body: "{garbage")), StringComparison.Ordinal);
        Assert.Null(DeadLetterReplay.Problem(Letter()));
    }

    [Fact]
    public void Prepare_ATypeButAnUnreadableBody_IsRefusedWithTheReason()
    {
        var (message, problem) = DeadLetterReplay.Prepare(Letter(body: """{"message":{"alertId":"not-a-guid"}}"""));

        Assert.Null(message);
        Assert.Contains("can't be read as AlertReceived", problem, StringComparison.Ordinal);
    }
}
