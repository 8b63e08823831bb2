using System.Net;
using System.Net.Mail;
using System.Text;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Mail;

/// <summary>
/// Sends a plain-text notification through the configured SMTP server. The Message-ID is derived
/// from the idempotency key, and a message this process already sent for the key is not sent again.
/// </summary>
internal sealed class SendNotificationAction(MailOptions options, SentMessages sent) : ConnectorAction<SendNotificationInput, SendNotificationOutput>
{
    public const string NotConfigured =
        "The mail connector is not configured: set AgentSoar:Connectors:mail:Host and From (see docs/connectors/mail.md).";

    public override ActionMetadata Metadata { get; } = new(
        "send_notification",
        "Sends a plain-text e-mail (to, cc, subject, body) from the configured sender through the configured SMTP server. A retry of the same step does not send it twice.",
        ActionRisk.Low)
    {
        // Mutating (a mail goes out) and idempotent per execution: see the de-duplication in ExecuteAsync.
        Idempotent = true,
    };

    public override async Task<ActionResult<SendNotificationOutput>> ExecuteAsync(SendNotificationInput input, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (Check(input) is { } invalid)
        {
            return invalid;
        }

        if (!options.IsConfigured)
        {
            return ActionFailure.Permanent(NotConfigured);
        }

        var output = OutputFor(input, context, sent: true);
        var key = context.IdempotencyKey;
        if (!string.IsNullOrEmpty(key))
        {
            switch (sent.TryClaim(key, out var previous))
            {
                case SentMessages.Claim.AlreadySent:
                    context.Logger.LogInformation($"Notification {previous!.MessageId} was already sent for this execution; not sending it again.");
                    return previous with { Duplicate = true };
                case SentMessages.Claim.InFlight:
                    return ActionFailure.Transient("The same notification is being sent by another attempt; try again shortly.", TimeSpan.FromSeconds(1));
            }
        }

        var completed = false;
        try
        {
            await SendAsync(input, output.MessageId, context);
            completed = true;
            context.Logger.LogInformation($"Sent notification {output.MessageId} to {output.To.Count + output.Cc.Count} recipient(s) through {options.Host}:{options.Port}.");
            return output;
        }
        catch (SmtpException ex)
        {
            // A send stopped by the host's timeout is the host's to report (as a timeout), not an SMTP failure.
            context.CancellationToken.ThrowIfCancellationRequested();
            return SmtpFailures.For(ex, $"{options.Host}:{options.Port}");
        }
        catch (InvalidOperationException ex)
        {
            return ActionFailure.Permanent($"The message could not be built: {ex.Message}");
        }
        finally
        {
            if (!string.IsNullOrEmpty(key))
            {
                if (completed)
                {
                    sent.Complete(key, output);
                }
                else
                {
                    sent.Abandon(key);
                }
            }
        }
    }

    /// <summary>Sends nothing: checks the input as a real send would and reports what would go out.</summary>
    public override Task<ActionResult<SendNotificationOutput>> SimulateAsync(SendNotificationInput input, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult<ActionResult<SendNotificationOutput>>(Check(input) is { } invalid ? invalid : OutputFor(input, context, sent: false));
    }

    private async Task SendAsync(SendNotificationInput input, string messageId, ActionContext context)
    {
        using var client = new SmtpClient(options.Host, options.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = options.EnableSsl,
            Timeout = (int)options.Timeout.TotalMilliseconds,
            UseDefaultCredentials = false,
        };
        if (!string.IsNullOrEmpty(options.UserName))
        {
            // Read through the secret store (not the bound options) so the host knows to mask the value.
            client.Credentials = new NetworkCredential(options.UserName, context.Secrets.GetSecret("Password") ?? "");
        }

        using var message = new MailMessage
        {
            From = new MailAddress(options.From!, options.FromName, Encoding.UTF8),
            Subject = input.Subject,
            Body = input.Body,
            IsBodyHtml = false,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = System.Net.Mime.TransferEncoding.QuotedPrintable,
        };
        foreach (var to in Distinct(input.To))
        {
            message.To.Add(new MailAddress(to));
        }

        foreach (var cc in Distinct(input.Cc ?? []))
        {
            message.CC.Add(new MailAddress(cc));
        }

        message.Headers["Message-ID"] = messageId;
        message.Headers["Auto-Submitted"] = "auto-generated";
        await client.SendMailAsync(message, context.CancellationToken);
    }

    private SendNotificationOutput OutputFor(SendNotificationInput input, ActionContext context, bool sent) => new(
        MessageIds.For(context.IdempotencyKey, options.IsConfigured ? options.From : null),
        options.IsConfigured ? options.From : null,
        Distinct(input.To),
        Distinct(input.Cc ?? []),
        input.Subject,
        sent,
        Duplicate: false);

    private ActionFailure? Check(SendNotificationInput input)
    {
        if (input.To.Count == 0)
        {
            return ActionFailure.InvalidInput("to: at least one recipient is required.");
        }

        foreach (var (field, addresses) in new[] { ("to", input.To), ("cc", input.Cc ?? []) })
        {
            foreach (var address in addresses)
            {
                if (!MailAddresses.IsPlainAddress(address))
                {
                    return ActionFailure.InvalidInput($"{field}: '{Shorten(address)}' is not a plain e-mail address (local@domain, without a display name).");
                }

                if (options.AllowedRecipientDomains.Count > 0 && !MailAddresses.DomainAllowed(address, options.AllowedRecipientDomains))
                {
                    return ActionFailure.InvalidInput($"{field}: '{address}' is not in an allowed domain ({string.Join(", ", options.AllowedRecipientDomains)}).");
                }
            }
        }

        var count = Distinct(input.To).Count + Distinct(input.Cc ?? []).Count;
        if (count > options.MaxRecipients)
        {
            return ActionFailure.InvalidInput($"to, cc: {count} recipients, more than the {options.MaxRecipients} allowed.");
        }

        if (string.IsNullOrWhiteSpace(input.Subject) || input.Subject.Length > 998 || input.Subject.Any(char.IsControl))
        {
            return ActionFailure.InvalidInput("subject: must be one line of 1 to 998 characters, without control characters.");
        }

        if (input.Body.Length > options.MaxBodyChars)
        {
            return ActionFailure.InvalidInput($"body: {input.Body.Length} characters, more than the {options.MaxBodyChars} allowed.");
        }

        return null;
    }

    private static List<string> Distinct(IEnumerable<string> addresses) => [.. addresses.Distinct(StringComparer.OrdinalIgnoreCase)];

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "...";
}
