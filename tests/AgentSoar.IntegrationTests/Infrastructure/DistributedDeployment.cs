using Npgsql;

namespace AgentSoar.IntegrationTests.Infrastructure;

/// <summary>
/// The four services as separate processes talking only through the real RabbitMQ, with the
/// Coordinator on a fresh PostgreSQL database. The test script starts both servers.
/// </summary>
public sealed class DistributedDeployment : Deployment
{
    private readonly Dictionary<string, ServiceProcess> _processes = [];
    private readonly Dictionary<string, string> _environment;
    private readonly int _coordinatorPort = FreePort.Next();
    private readonly string _database = "agentsoar_" + Guid.NewGuid().ToString("N")[..12];

    private DistributedDeployment()
    {
        var rabbit = Required("AGENTSOAR_TEST_RABBITMQ").Split(':');
        var postgres = new NpgsqlConnectionStringBuilder(Required("AGENTSOAR_TEST_POSTGRES")) { Database = _database };
        _environment = CommonEnvironment();
        _environment["AgentSoar__Bus__Transport"] = "rabbitmq";
        _environment["AgentSoar__Bus__Host"] = rabbit[0];
        _environment["AgentSoar__Bus__Port"] = rabbit[1];
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
    }

    public override IReadOnlyList<ServiceProcess> Processes => _processes.Values.ToList();

    public static async Task<DistributedDeployment> StartAsync()
    {
        var deployment = new DistributedDeployment();
        await deployment.CreateDatabaseAsync();
        deployment.StartCoordinator();
        deployment.Start("AgentSoar.Planner", FreePort.Next());
        deployment.Start("AgentSoar.ConnectorHost", FreePort.Next());
        deployment.Start("AgentSoar.Console", deployment.ApiPort);
        await deployment.WaitUntilReadyAsync($"http://127.0.0.1:{deployment._coordinatorPort}/health");
        return deployment;
    }

    public void KillCoordinator() => _processes["AgentSoar.Coordinator"].KillHard();

    public async Task RestartCoordinatorAsync()
    {
        StartCoordinator();
        await WaitUntilReadyAsync($"http://127.0.0.1:{_coordinatorPort}/health");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await using var connection = new NpgsqlConnection(Required("AGENTSOAR_TEST_POSTGRES"));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private void StartCoordinator() => Start("AgentSoar.Coordinator", _coordinatorPort);

    private void Start(string project, int port)
    {
        if (_processes.Remove(project, out var old))
        {
            old.Dispose();
        }

        _processes[project] = ServiceProcess.Start(project, _environment, "--urls", $"http://127.0.0.1:{port}");
    }

    private async Task CreateDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(Required("AGENTSOAR_TEST_POSTGRES"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", connection);
        await create.ExecuteNonQueryAsync();
    }

    private static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set: run the tests with scripts/test.sh, which starts RabbitMQ and PostgreSQL.");
}
