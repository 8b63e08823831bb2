using System.Net;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Intel.Tests.TestSupport;

/// <summary>The intel connector's actions built from options, as the host would build them, for direct calls.</summary>
public sealed class IntelHarness : IDisposable
{
    private readonly IntelConnector _connector = new();
    private readonly IReadOnlyList<ConnectorAction> _actions;

    public IntelHarness(IntelOptions options, TimeProvider? time = null, Dictionary<string, string>? secrets = null)
    {
        Time = time ?? new ManualTimeProvider(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
        Secrets = new FakeSecrets(secrets ?? []);
        _actions = _connector.CreateActions(new ConnectorSetup { Options = options, Time = Time, Secrets = Secrets });
    }

    /// <summary>The real STIX 2.1 examples shared beside the checkout.</summary>
    public static string StixExamples => Path.Combine(RepositoryRoot.Path, "..", "shared", "testdata", "stix21", "examples");

    public TimeProvider Time { get; }

    public ISecretStore Secrets { get; }

    public static IntelOptions Options(params (string Name, IntelSourceOptions Source)[] sources)
    {
        var options = new IntelOptions { ReloadInterval = TimeSpan.FromSeconds(30) };
        foreach (var (name, source) in sources)
        {
            options.Sources[name] = source;
        }

        return options;
    }

    public Task<ActionResult> IpAsync(string ip) => RunAsync("lookup_ip", new LookupIpInput(IPAddress.Parse(ip)));

    public Task<ActionResult> DomainAsync(string domain) => RunAsync("lookup_domain", new LookupDomainInput(domain));

    public Task<ActionResult> UrlAsync(string url) => RunAsync("lookup_url", new LookupUrlInput(url));

    public Task<ActionResult> HashAsync(string hash) => RunAsync("lookup_hash", new LookupHashInput(hash));

    public Task<ActionResult> TestAsync() => RunAsync("test", new TestInput());

    public Task<ActionResult> RunAsync(string action, object input, bool simulate = false)
    {
        var found = _actions.Single(a => a.Metadata.Name == action);
        var context = new ActionContext { Time = Time, Secrets = Secrets, IdempotencyKey = "k", IsSimulation = simulate };
        return simulate ? found.InvokeSimulationAsync(input, context) : found.InvokeAsync(input, context);
    }

    public void Dispose() => _connector.Dispose();
}
