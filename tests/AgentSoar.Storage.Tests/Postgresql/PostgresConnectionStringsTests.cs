using Npgsql;

namespace AgentSoar.Storage.Tests.Postgresql;

public sealed class PostgresConnectionStringsTests
{
    [Fact]
    public void WithDefaults_NothingSaid_PreparesStatementsAndKeepsTheRest()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.WithDefaults("Host=db.example;Username=soar;Database=agentsoar"));

        Assert.Equal(PostgresConnectionStrings.MaxAutoPrepare, tuned.MaxAutoPrepare);
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal("db.example", tuned.Host);
        Assert.Equal("soar", tuned.Username);
        Assert.Equal("agentsoar", tuned.Database);
    }

    [Theory]
    [InlineData("Host=db.example;Max Auto Prepare=0", 0)]
    [InlineData("Host=db.example;MaxAutoPrepare=0", 0)]
    [InlineData("Host=db.example;max auto prepare=10", 10)]
    public void WithDefaults_ConnectionStringSetsIt_KeepsTheConfiguredValue(string configured, int expected)
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.WithDefaults(configured));

        Assert.Equal(expected, tuned.MaxAutoPrepare);
    }

    [Fact]
    public void WithDefaults_ConnectionStringAsksForTheReset_KeepsIt()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.WithDefaults("Host=db.example;No Reset On Close=false"));

        Assert.False(tuned.NoResetOnClose);
    }
}
