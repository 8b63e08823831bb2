namespace AgentSoar.IntegrationTests.Infrastructure;

/// <summary>How a <see cref="DistributedDeployment"/> differs from the default one (one of each service, the test script's servers).</summary>
public sealed record DistributedOptions
{
    /// <summary>How many Coordinator replicas share the database and the bus.</summary>
    public int Coordinators { get; init; } = 1;

    /// <summary>The broker as <c>host:port</c>; default the test script's (<c>AGENTSOAR_TEST_RABBITMQ</c>). Fault tests pass a private one they may stop.</summary>
    public string? RabbitMq { get; init; }

    /// <summary>A connection string to the PostgreSQL server's maintenance database; default the test script's (<c>AGENTSOAR_TEST_POSTGRES</c>).</summary>
    public string? Postgres { get; init; }

    /// <summary>Settings added to (or replacing) the deployment's own, for every service.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}
