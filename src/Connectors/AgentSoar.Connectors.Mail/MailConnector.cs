using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Mail;

/// <summary>
/// The <c>mail</c> connector: <c>send_notification</c> sends a plain-text mail from the configured
/// sender through the SMTP server under <c>AgentSoar:Connectors:mail</c>; <c>test</c> connects and
/// says EHLO.
/// </summary>
/// <remarks>
/// A refused recipient or another 5xx reply is a permanent failure, a 4xx reply, a refused or
/// dropped connection a transient one (the host retries), a refused login unauthorized. Each
/// message carries a Message-ID derived from the execution's idempotency key, and a message this
/// process already sent for the key is not sent again. Without <c>Host</c> the connector starts and
/// its actions fail with a "not configured" error; in simulation nothing is sent and the output says
/// what would have been.
/// </remarks>
public sealed class MailConnector : Connector<MailOptions>
{
    /// <summary>The connector's name.</summary>
    public const string ConnectorName = "mail";

    /// <inheritdoc />
    public override string Name => ConnectorName;

    /// <inheritdoc />
    public override string Description => "Sends notification mail through an SMTP server.";

    /// <inheritdoc />
    protected override IReadOnlyList<ConnectorAction> CreateActions(MailOptions options, ConnectorSetup setup)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(setup);
        var sent = new SentMessages(setup.Time, options.DeduplicationWindow, options.DeduplicationCapacity);
        return [new SendNotificationAction(options, sent), new TestAction(options)];
    }

    /// <inheritdoc />
    protected override async Task<ConnectionTestResult> TestConnectionAsync(MailOptions options, ConnectorSetup setup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            return ConnectionTestResult.Failure(SendNotificationAction.NotConfigured);
        }

        var result = await SmtpProbe.RunAsync(options, cancellationToken);
        return result.Output is { } greeting
            ? ConnectionTestResult.Success($"{greeting.Host}:{greeting.Port} answered EHLO: {greeting.Greeting}")
            : ConnectionTestResult.Failure(result.Failure!.Message);
    }
}
