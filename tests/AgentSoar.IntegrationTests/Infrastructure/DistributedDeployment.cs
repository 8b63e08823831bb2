using System.Text.Json;
using Npgsql;

namespace AgentSoar.IntegrationTests.Infrastructure;

/// <summary>
/// The four services as separate processes talking only through the real RabbitMQ, with the
/// Coordinator on a fresh PostgreSQL database. The test script starts both servers; fault tests
/// may bring their own (see <see cref="DistributedOptions"/>).
/// </summary>
public sealed class DistributedDeployment : Deployment
{
    private const string Coordinator = "AgentSoar.Coordinator";
    private const string ConnectorHost = "AgentSoar.ConnectorHost";

    private readonly Dictionary<string, ServiceProcess> _processes = [];
    private readonly Dictionary<string, string> _environment;
    private readonly List<int> _coordinatorPorts;
    private readonly int _connectorHostPort = FreePort.Next();
    private readonly int _plannerPort = FreePort.Next();
    private readonly string _serverConnectionString;
    private readonly string _database = "agentsoar_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string? _rabbitNode;

    private DistributedDeployment(DistributedOptions options)
    {
        var rabbit = (options.RabbitMq ?? Required("AGENTSOAR_TEST_RABBITMQ")).Split(':');

        // On the test script's shared broker each deployment gets a virtual host of its own: queue and exchange
        // names are the same in every deployment, and what a killed deployment leaves queued must not reach the next.
        // A private broker (a fault test's) is the deployment's alone already.
        _rabbitNode = options.RabbitMq is null ? Environment.GetEnvironmentVariable("AGENTSOAR_TEST_RABBITMQ_NODE") is { Length: > 0 } node ? node : null : null;
        VirtualHost = _rabbitNode is null ? "/" : _database.Replace('_', '-');
        _serverConnectionString = options.Postgres ?? Required("AGENTSOAR_TEST_POSTGRES");
        _coordinatorPorts = Enumerable.Range(0, Math.Max(1, options.Coordinators)).Select(_ => FreePort.Next()).ToList();
        var postgres = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = _database };
        _environment = CommonEnvironment();
        _environment["AgentSoar__Bus__Transport"] = "rabbitmq";
        _environment["AgentSoar__Bus__Host"] = rabbit[0];
        _environment["AgentSoar__Bus__Port"] = rabbit[1];
        _environment["AgentSoar__Bus__VirtualHost"] = VirtualHost;
        _environment["AgentSoar__Storage__Provider"] = "postgresql";
        _environment["AgentSoar__Storage__ConnectionString"] = postgres.ConnectionString;
        _environment["AgentSoar__Coordinator__PlaybooksPath"] = "playbooks";
        _environment["AgentSoar__Coordinator__ApprovalPolicyPath"] = Path.Combine("config", "approval-policy.yaml");
        _environment["AgentSoar__Planner__PlaybooksPath"] = "playbooks";

        // As the deployment guide says: the cases connector calls the Console with a key of its own.
        _environment["AgentSoar__Api__InternalKeys__0__Name"] = "cases-connector";
        _environment["AgentSoar__Api__InternalKeys__0__Key"] = TestKeys.CasesConnector;
        _environment["AgentSoar__Api__InternalKeys__0__Roles__0"] = "analyst";
        _environment["AgentSoar__Connectors__cases__ApiUrl"] = ApiBase;
        _environment["AgentSoar__Connectors__cases__ApiKey"] = TestKeys.CasesConnector;
        _environment["AgentSoar__Connectors__cases__Simulation"] = "false";
        foreach (var (key, value) in options.Environment)
        {
            _environment[key] = value;
        }
    }

    public override IReadOnlyList<ServiceProcess> Processes => _processes.Values.ToList();

    /// <summary>The RabbitMQ virtual host the services use: a fresh one on the shared broker, <c>/</c> on a private one.</summary>
    public string VirtualHost { get; }

    /// <summary>The Coordinator replicas' health addresses, in start order.</summary>
    public IReadOnlyList<string> CoordinatorHealthUrls => _coordinatorPorts.Select(p => $"http://127.0.0.1:{p}/health").ToList();

    /// <summary>Every service's <c>/health</c> address by service name (the first Coordinator replica's under its plain name).</summary>
    public IReadOnlyDictionary<string, string> HealthUrls =>
        new[] { ("AgentSoar.Console", ApiPort), ("AgentSoar.Planner", _plannerPort), (ConnectorHost, _connectorHostPort) }
            .Concat(_coordinatorPorts.Select((port, replica) => (CoordinatorKey(replica), port)))
            .ToDictionary(s => s.Item1, s => $"http://127.0.0.1:{s.Item2}/health", StringComparer.Ordinal);

    /// <summary>The Coordinator's database, for tests that count what it holds.</summary>
    public string DatabaseConnectionString => new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = _database }.ConnectionString;

    public static Task<DistributedDeployment> StartAsync() => StartAsync(new DistributedOptions());

    public static async Task<DistributedDeployment> StartAsync(DistributedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var deployment = new DistributedDeployment(options);
        await deployment.CreateVirtualHostAsync();
        await deployment.CreateDatabaseAsync();
        for (var i = 0; i < deployment._coordinatorPorts.Count; i++)
        {
            deployment.StartCoordinator(i);
        }

        deployment.Start("AgentSoar.Planner", "AgentSoar.Planner", deployment._plannerPort);
        deployment.Start(ConnectorHost, ConnectorHost, deployment._connectorHostPort);
        deployment.Start("AgentSoar.Console", "AgentSoar.Console", deployment.ApiPort);
        foreach (var url in deployment.CoordinatorHealthUrls)
        {
            await deployment.WaitUntilReadyAsync(url);
        }

        return deployment;
    }

    /// <summary>Kill -9 of one Coordinator replica (the first by default).</summary>
    public void KillCoordinator(int replica = 0) => _processes[CoordinatorKey(replica)].KillHard();

    public async Task RestartCoordinatorAsync(int replica = 0)
    {
        StartCoordinator(replica);
        await WaitUntilReadyAsync(CoordinatorHealthUrls[replica]);
    }

    /// <summary>
    /// Starts a killed replica again and waits only until it answers with its database up: with no
    /// connector host running, it cannot learn the connectors, so it stays degraded.
    /// </summary>
    public async Task RestartCoordinatorWithoutConnectorsAsync(int replica = 0)
    {
        StartCoordinator(replica);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.GetAsync("the Coordinator to answer with its database up", async () =>
        {
            using var response = await http.GetAsync(CoordinatorHealthUrls[replica]);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return body.GetProperty("checks").TryGetProperty("coordinator", out var c) && c.GetProperty("status").GetString() is "healthy" or "degraded" ? "up" : null;
        }, TimeSpan.FromSeconds(60), Diagnostics);
    }

    /// <summary>One Coordinator replica's process, for what it printed.</summary>
    public ServiceProcess CoordinatorProcess(int replica = 0) => _processes[CoordinatorKey(replica)];

    /// <summary>Kill -9 of the ConnectorHost: what it was executing is neither answered nor acknowledged.</summary>
    public void KillConnectorHost() => _processes[ConnectorHost].KillHard();

    /// <summary>Starts the ConnectorHost again; ready when its health answers (its catalog is announced on start).</summary>
    public async Task RestartConnectorHostAsync()
    {
        Start(ConnectorHost, ConnectorHost, _connectorHostPort);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.GetAsync("the ConnectorHost to answer", async () =>
        {
            using var response = await http.GetAsync($"http://127.0.0.1:{_connectorHostPort}/health");
            return response.IsSuccessStatusCode ? "ready" : null;
        }, TimeSpan.FromSeconds(60), Diagnostics);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_rabbitNode is not null)
        {
            await ServerCommand.RunAsync("rabbitmqctl", ["-n", _rabbitNode, "delete_vhost", VirtualHost], TimeSpan.FromSeconds(60));
        }

        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static string CoordinatorKey(int replica) => replica == 0 ? Coordinator : $"{Coordinator}#{replica}";

    private void StartCoordinator(int replica) => Start(CoordinatorKey(replica), Coordinator, _coordinatorPorts[replica]);

    private void Start(string key, string project, int port)
    {
        if (_processes.Remove(key, out var old))
        {
            old.Dispose();
        }

        _processes[key] = ServiceProcess.Start(project, _environment, "--urls", $"http://127.0.0.1:{port}");
    }

    private async Task CreateVirtualHostAsync()
    {
        if (_rabbitNode is null)
        {
            return;
        }

        await ServerCommand.RunAsync("rabbitmqctl", ["-n", _rabbitNode, "add_vhost", VirtualHost], TimeSpan.FromSeconds(60));
        await ServerCommand.RunAsync("rabbitmqctl", ["-n", _rabbitNode, "set_permissions", "-p", VirtualHost, "guest", ".*", ".*", ".*"], TimeSpan.FromSeconds(60));
    }

    private async Task CreateDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", connection);
        await create.ExecuteNonQueryAsync();
    }

    private static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set: run the tests with scripts/test.sh, which starts RabbitMQ and PostgreSQL.");
}
