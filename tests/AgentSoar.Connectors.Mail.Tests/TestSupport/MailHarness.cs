using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Mail.Tests.TestSupport;

/// <summary>The mail connector's actions built from options, as the host would build them, for direct calls.</summary>
internal sealed class MailHarness
{
    private readonly IReadOnlyList<ConnectorAction> _actions;
    private readonly ISecretStore _secrets;

    public MailHarness(MailOptions options, Dictionary<string, string>? secrets = null)
    {
        _secrets = new FakeSecrets(secrets ?? []);
        _actions = new MailConnector().CreateActions(new ConnectorSetup { Options = options, Secrets = _secrets });
    }

    public static MailOptions Options(SmtpServer server, params string[] allowedDomains)
    {
        var options = new MailOptions { Host = "127.0.0.1", Port = server.Port, EnableSsl = false, From = "soar@agentsoar.example", Timeout = TimeSpan.FromSeconds(10) };
        foreach (var domain in allowedDomains)
        {
            options.AllowedRecipientDomains.Add(domain);
        }

        return options;
    }

    public Task<ActionResult> SendAsync(SendNotificationInput input, string idempotencyKey = "key-1", bool simulate = false) =>
        RunAsync("send_notification", input, idempotencyKey, simulate);

    public Task<ActionResult> TestAsync() => RunAsync("test", new TestInput(), "k", simulate: false);

    private Task<ActionResult> RunAsync(string action, object input, string idempotencyKey, bool simulate)
    {
        var found = _actions.Single(a => a.Metadata.Name == action);
        var context = new ActionContext { Secrets = _secrets, IdempotencyKey = idempotencyKey, IsSimulation = simulate };
        return simulate ? found.InvokeSimulationAsync(input, context) : found.InvokeAsync(input, context);
    }
}
