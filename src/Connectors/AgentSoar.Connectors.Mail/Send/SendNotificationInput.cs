using System.ComponentModel;

namespace AgentSoar.Connectors.Mail;

internal sealed record SendNotificationInput(
    [Description("The recipients' addresses (plain local@domain, no display names).")] IReadOnlyList<string> To,
    [Description("The subject: one line.")] string Subject,
    [Description("The message, as plain text.")] string Body,
    [Description("Recipients in copy.")] IReadOnlyList<string>? Cc = null);
