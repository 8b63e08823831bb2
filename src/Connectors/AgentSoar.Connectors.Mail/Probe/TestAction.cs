using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Mail;

/// <summary>Connects to the SMTP server and says EHLO: proves the server is there and speaks SMTP, sends nothing.</summary>
internal sealed class TestAction(MailOptions options) : ConnectorAction<TestInput, SmtpGreeting>
{
    public override ActionMetadata Metadata { get; } = new(
        "test",
        "Connects to the configured SMTP server, says EHLO and reports its greeting and extensions; sends no mail.",
        ActionRisk.Low)
    {
        Mutating = false,
        Idempotent = true,
    };

    public override async Task<ActionResult<SmtpGreeting>> ExecuteAsync(TestInput input, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return options.IsConfigured
            ? await SmtpProbe.RunAsync(options, context.CancellationToken)
            : ActionFailure.Permanent(SendNotificationAction.NotConfigured);
    }

    /// <summary>The probe sends nothing, so a simulation runs it for real.</summary>
    public override Task<ActionResult<SmtpGreeting>> SimulateAsync(TestInput input, ActionContext context) => ExecuteAsync(input, context);
}
