namespace AgentSoar.Storage.Tests;

public sealed partial class SqlStoreTransactionTests
{
    private static ApiKeyRecord Key(string name, char digit) =>
        new(Guid.NewGuid(), name, new string(digit, 64), "as_" + new string(digit, 7), """["ingest"]""", "mapping:wazuh", 5, null, "ada", TestData.At(1), null, null);

    [Theory, AllEngines]
    public async Task TryInsertApiKeyAsync_ThenRevoke_RoundTripsRefusesATakenNameAndRevokesOnce(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var siem = Key("siem", 'a');

        var inserted = await db.Store.WriteAsync(tx => tx.TryInsertApiKeyAsync(siem, default));
        var taken = await db.Store.WriteAsync(tx => tx.TryInsertApiKeyAsync(Key("siem", 'b'), default));
        var revoked = await db.Store.WriteAsync(tx => tx.TryRevokeApiKeyAsync(siem.Id, "bob", TestData.At(5), default));
        var again = await db.Store.WriteAsync(tx => tx.TryRevokeApiKeyAsync(siem.Id, "eve", TestData.At(6), default));
        var unknown = await db.Store.WriteAsync(tx => tx.TryRevokeApiKeyAsync(Guid.NewGuid(), "eve", TestData.At(6), default));

        Assert.True(inserted);
        Assert.False(taken);
        Assert.True(revoked);
        Assert.False(again);
        Assert.False(unknown);
        Assert.Equal(siem with { RevokedBy = "bob", RevokedAt = TestData.At(5) }, await db.Store.GetApiKeyAsync(siem.Id, default));
        Assert.Null(await db.Store.GetApiKeyAsync(Guid.NewGuid(), default));
    }

    [Theory, AllEngines]
    public async Task ListApiKeysAsync_TwoKeys_ByNameRevokedIncluded(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var zeek = Key("zeek", 'c');
        await db.Store.WriteAsync(tx => tx.TryInsertApiKeyAsync(zeek, default));
        await db.Store.WriteAsync(tx => tx.TryInsertApiKeyAsync(Key("audit-bot", 'd') with { AlertFormat = null, AlertsPerSecond = null, AlertBurst = 9 }, default));
        await db.Store.WriteAsync(tx => tx.TryRevokeApiKeyAsync(zeek.Id, "ada", TestData.At(2), default));

        var keys = await db.Store.ListApiKeysAsync(10, default);

        Assert.Equal(["audit-bot", "zeek"], keys.Select(k => k.Name));
        Assert.Equal((null, null, 9), (keys[0].AlertFormat, keys[0].AlertsPerSecond, keys[0].AlertBurst));
        Assert.Equal(TestData.At(2), keys[1].RevokedAt);
    }
}
