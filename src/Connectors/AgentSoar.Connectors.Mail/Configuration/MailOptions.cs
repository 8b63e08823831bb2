using System.ComponentModel.DataAnnotations;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Mail;

/// <summary>The mail connector's settings, under <c>AgentSoar:Connectors:mail</c>.</summary>
/// <remarks>Without <see cref="Host"/> the connector still starts; its actions then fail with a "not configured" error (simulation still works).</remarks>
public sealed class MailOptions : IValidatableObject
{
    /// <summary>The SMTP server's host name or address. Unset, the connector is not configured.</summary>
    public string? Host { get; set; }

    /// <summary>The SMTP port. Default 587 (submission).</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>Whether to upgrade the connection with STARTTLS (and require the server to offer it). Default true.</summary>
    public bool EnableSsl { get; set; } = true;

    /// <summary>The sender address of every message (<c>soar@example.com</c>). Required with <see cref="Host"/>.</summary>
    public string? From { get; set; }

    /// <summary>The sender's display name. Default <c>AgentSoar</c>.</summary>
    public string FromName { get; set; } = "AgentSoar";

    /// <summary>The user name to authenticate with; unset, no authentication.</summary>
    public string? UserName { get; set; }

    /// <summary>The password; a secret, read through the secret store (use <c>Password_FILE</c> for a file), never logged.</summary>
    [Secret]
    public string? Password { get; set; }

    /// <summary>
    /// The recipient domains allowed (<c>example.com</c>; <c>*.example.com</c> allows its subdomains
    /// too); empty, any domain.
    /// </summary>
    public IList<string> AllowedRecipientDomains { get; } = [];

    /// <summary>The most recipients (to and cc) one message may have. Default 50.</summary>
    [Range(1, 1000)]
    public int MaxRecipients { get; set; } = 50;

    /// <summary>The longest body, in characters. Default 100 000.</summary>
    [Range(1, 10_000_000)]
    public int MaxBodyChars { get; set; } = 100_000;

    /// <summary>How long one SMTP exchange may take. Default 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The name the <c>test</c> action says in <c>EHLO</c>; default the machine's host name.</summary>
    public string? HeloName { get; set; }

    /// <summary>How long a sent message is remembered by its idempotency key, so a retry does not send it again. Default 24 hours.</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many sent messages are remembered at most (the oldest are forgotten first). Default 10 000.</summary>
    [Range(0, 1_000_000)]
    public int DeduplicationCapacity { get; set; } = 10_000;

    internal bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && MailAddresses.IsPlainAddress(From);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Host) && !MailAddresses.IsPlainAddress(From))
        {
            yield return new ValidationResult("is required with Host: a plain address such as soar@example.com.", [nameof(From)]);
        }

        if (!string.IsNullOrEmpty(FromName) && FromName.Any(char.IsControl))
        {
            yield return new ValidationResult("must not contain control characters.", [nameof(FromName)]);
        }

        for (var i = 0; i < AllowedRecipientDomains.Count; i++)
        {
            if (!MailAddresses.IsDomainPattern(AllowedRecipientDomains[i]))
            {
                yield return new ValidationResult("must be a domain (example.com) or a wildcard of its subdomains (*.example.com).", [$"AllowedRecipientDomains:{i}"]);
            }
        }

        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(10))
        {
            yield return new ValidationResult("must be between 0 and 10 minutes.", [nameof(Timeout)]);
        }

        if (DeduplicationWindow < TimeSpan.Zero)
        {
            yield return new ValidationResult("must not be negative.", [nameof(DeduplicationWindow)]);
        }
    }
}
