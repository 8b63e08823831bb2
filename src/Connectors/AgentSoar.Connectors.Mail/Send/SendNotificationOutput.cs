using System.ComponentModel;

namespace AgentSoar.Connectors.Mail;

internal sealed record SendNotificationOutput(
    [Description("The Message-ID header, derived from the idempotency key: a retry sends the same one.")] string MessageId,
    [Description("The sender address; null in a simulation without configuration.")] string? From,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string Subject,
    [Description("Whether the SMTP server accepted the message; false in simulation.")] bool Sent,
    [Description("True when this execution had already sent the message and nothing was sent again.")] bool Duplicate);
