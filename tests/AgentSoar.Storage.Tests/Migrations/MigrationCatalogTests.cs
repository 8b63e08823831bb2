namespace AgentSoar.Storage.Tests;

public sealed class MigrationCatalogTests
{
    [Fact]
    public void For_BothEngines_HaveTheSameVersionsFromOne()
    {
        var sqlite = MigrationCatalog.For(StorageProviders.Sqlite);
        var postgres = MigrationCatalog.For(StorageProviders.PostgreSql);

        Assert.Equal(sqlite.Select(s => s.Version), postgres.Select(s => s.Version));
        Assert.Equal(1, sqlite[0].Version);
        Assert.Equal("0001_initial.sql", sqlite[0].Name);
        Assert.Contains("CREATE TABLE audit_entries", postgres[0].Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void For_UnknownEngine_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => MigrationCatalog.For("oracle"));
    }
}
