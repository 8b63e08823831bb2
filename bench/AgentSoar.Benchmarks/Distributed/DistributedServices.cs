using AgentSoar.Benchmarks.Services;
using Npgsql;

namespace AgentSoar.Benchmarks.Distributed;

/// <summary>
/// The distributed mode as it ships: the Coordinator, the Planner, the ConnectorHost and the Console, each
/// its own process, talking only through RabbitMQ, the Coordinator on a fresh PostgreSQL database the
/// benchmark creates and drops. The benchmark's playbooks and approval policy, and one OpenC2 actuator
/// (<see cref="BenchActuator"/>) for the containment and approval phases.
/// </summary>
internal sealed class DistributedServices : IPipelineEndpoint, IAsyncDisposable
{
    private static readonly string[] Projects = ["AgentSoar.Coordinator", "AgentSoar.Planner", "AgentSoar.ConnectorHost", "AgentSoar.Console"];
    private readonly List<ServiceProcess> _processes = [];
    private readonly string _serverConnectionString;
    private readonly string _database;

    private DistributedServices(string serverConnectionString, string database, string baseUrl, BenchKeys keys)
    {
        _serverConnectionString = serverConnectionString;
        _database = database;
        BaseUrl = baseUrl;
        Keys = keys;
    }

    public string BaseUrl { get; }

    public BenchKeys Keys { get; }

    /// <summary>The Coordinator's database, which the benchmark reads to follow and count runs without adding broker traffic.</summary>
    public string DatabaseConnectionString => new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = _database }.ConnectionString;

    public IReadOnlyList<ServiceProcess> Processes => _processes;

    public string Output => string.Join(Environment.NewLine, _processes.Select(p => $"---- {p.Name}{(p.HasExited ? " (exited)" : string.Empty)} ----{Environment.NewLine}{p.Output}"));

    public static async Task<DistributedServices> StartAsync(string repositoryRoot, string configuration, string rabbitMq, string postgres, string actuatorUrl, CancellationToken ct)
    {
        var (host, port) = Endpoints.HostAndPort(rabbitMq);
        var database = "agentsoar_bench_" + Guid.NewGuid().ToString("N")[..12];
        var keys = BenchKeys.Create();
        var consolePort = LoopbackHttpServer.FreePort();
        var services = new DistributedServices(postgres, database, $"http://127.0.0.1:{consolePort}", keys);
        await using (var connection = new NpgsqlConnection(postgres))
        {
            await connection.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            await create.ExecuteNonQueryAsync(ct);
        }

        var environment = new Dictionary<string, string>(BenchSettings.Common(repositoryRoot, keys))
        {
            ["AgentSoar__Bus__Transport"] = "rabbitmq",
            ["AgentSoar__Bus__Host"] = host,
            ["AgentSoar__Bus__Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AgentSoar__Storage__Provider"] = "postgresql",
            ["AgentSoar__Storage__ConnectionString"] = services.DatabaseConnectionString,
            ["AgentSoar__Coordinator__ApprovalPolicyPath"] = Path.Combine(repositoryRoot, "bench", "config", "approval-policy.yaml"),
            ["AgentSoar__Connectors__openc2__Simulation"] = "false",
            ["AgentSoar__Connectors__openc2__Actuators__bench__Url"] = actuatorUrl,
        };
        try
        {
            var coordinatorPort = LoopbackHttpServer.FreePort();
            foreach (var project in Projects)
            {
                var servicePort = project == "AgentSoar.Console" ? consolePort : project == "AgentSoar.Coordinator" ? coordinatorPort : LoopbackHttpServer.FreePort();
                services._processes.Add(ServiceProcess.Start(repositoryRoot, configuration, project, environment, $"http://127.0.0.1:{servicePort}"));
            }

            await services._processes[0].WaitUntilHealthyAsync($"http://127.0.0.1:{coordinatorPort}/health", coordinator: true, ct);
            await services._processes[3].WaitUntilHealthyAsync($"{services.BaseUrl}/health", coordinator: false, ct);
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }

        return services;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
