namespace AgentSoar.Storage.Tests;

public sealed class StorageOptionsValidatorTests
{
    [Fact]
    public void Check_Defaults_AreValidSqlite()
    {
        Assert.Empty(StorageOptionsValidator.Check(new StorageOptions()));
    }

    [Fact]
    public void Check_UnknownProvider_NamesTheProviderPath()
    {
        var errors = StorageOptionsValidator.Check(new StorageOptions { Provider = "oracle" });

        var error = Assert.Single(errors);
        Assert.Contains("AgentSoar:Storage:Provider", error, StringComparison.Ordinal);
        Assert.Contains("'oracle'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PostgresWithoutConnectionString_NamesTheConnectionStringPath()
    {
        var errors = StorageOptionsValidator.Check(new StorageOptions { Provider = "PostgreSQL" });

        Assert.Contains("AgentSoar:Storage:ConnectionString", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MalformedPostgresConnectionString_NeverEchoesTheSecret()
    {
        var errors = StorageOptionsValidator.Check(new StorageOptions
        {
            Provider = StorageProviders.PostgreSql,
            ConnectionString = "Host=db;Password=hunter2;Flavour=strawberry",
        });

        var error = Assert.Single(errors);
        Assert.Contains("AgentSoar:Storage:ConnectionString", error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=shared;Mode=Memory;Cache=Shared")]
    public void Check_InMemorySqlite_IsRefused(string connectionString)
    {
        var errors = StorageOptionsValidator.Check(new StorageOptions { ConnectionString = connectionString });

        Assert.Contains("in-memory", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NonPositiveBusyTimeout_NamesItsPath()
    {
        var errors = StorageOptionsValidator.Check(new StorageOptions { SqliteBusyTimeout = TimeSpan.Zero });

        Assert.Contains("AgentSoar:Storage:SqliteBusyTimeout", Assert.Single(errors), StringComparison.Ordinal);
    }
}
