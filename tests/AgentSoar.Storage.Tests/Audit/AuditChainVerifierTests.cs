using System.Data.Common;

namespace AgentSoar.Storage.Tests;

public sealed class AuditChainVerifierTests
{
    [Theory, AllEngines]
    public async Task VerifyAuditChainAsync_EmptyTrail_IsValid(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        Assert.Equal(new AuditVerification(true, 0, null, null), await db.Store.VerifyAuditChainAsync(default));
    }

    [Theory, AllEngines]
    public async Task VerifyAuditChainAsync_UntouchedChain_IsValidAndCountsEntries(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await AppendAsync(db, 5);

        Assert.Equal(new AuditVerification(true, 5, null, null), await db.Store.VerifyAuditChainAsync(default));
    }

    [Theory, AllEngines]
    public async Task VerifyAuditChainAsync_TamperedData_NamesTheAlteredSequence(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await AppendAsync(db, 5);
        await db.DropAuditGuardAsync();

        await db.ExecuteAsync("UPDATE audit_entries SET data_json = '{\"approved\":true}' WHERE sequence = 3");

        var result = await db.Store.VerifyAuditChainAsync(default);
        Assert.False(result.IsValid);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal(2, result.EntriesChecked);
        Assert.Contains("Entry 3", result.Problem, StringComparison.Ordinal);
    }

    [Theory, AllEngines]
    public async Task VerifyAuditChainAsync_RehashedTamperedEntry_NamesTheNextSequence(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var entries = await AppendAsync(db, 5);
        await db.DropAuditGuardAsync();
        var forged = entries[2] with { DataJson = """{"approved":true}""" };
        var forgedHash = AuditHasher.Compute(forged);

        await db.ExecuteAsync(
            "UPDATE audit_entries SET data_json = @Data, hash = @Hash WHERE sequence = 3", new { Data = forged.DataJson, Hash = forgedHash });

        var result = await db.Store.VerifyAuditChainAsync(default);
        Assert.False(result.IsValid);
        Assert.Equal(4, result.FirstBrokenSequence);
    }

    [Theory, AllEngines]
    public async Task VerifyAuditChainAsync_DeletedMiddleEntry_NamesTheMissingSequence(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await AppendAsync(db, 5);
        await db.DropAuditGuardAsync();

        await db.ExecuteAsync("DELETE FROM audit_entries WHERE sequence = 2");

        var result = await db.Store.VerifyAuditChainAsync(default);
        Assert.False(result.IsValid);
        Assert.Equal(2, result.FirstBrokenSequence);
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }

    [Theory, AllEngines]
    public async Task VerifyAuditChainAsync_DeletedLastEntry_NamesTheMissingSequence(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await AppendAsync(db, 5);
        await db.DropAuditGuardAsync();

        await db.ExecuteAsync("DELETE FROM audit_entries WHERE sequence = 5");

        var result = await db.Store.VerifyAuditChainAsync(default);
        Assert.False(result.IsValid);
        Assert.Equal(5, result.FirstBrokenSequence);
        Assert.Equal(4, result.EntriesChecked);
    }

    [Theory, AllEngines]
    public async Task VerifyAuditChainAsync_TamperedEntryPastTheFirstPage_NamesItsSequence(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await AppendAsync(db, 1105);
        Assert.Equal(new AuditVerification(true, 1105, null, null), await db.Store.VerifyAuditChainAsync(default));
        await db.DropAuditGuardAsync();

        await db.ExecuteAsync("UPDATE audit_entries SET actor = 'mallory' WHERE sequence = 1050");

        var result = await db.Store.VerifyAuditChainAsync(default);
        Assert.Equal(1050, result.FirstBrokenSequence);
        Assert.Equal(1049, result.EntriesChecked);
    }

    [Theory, AllEngines]
    public async Task AuditEntries_DirectUpdateOrDelete_IsRefusedByTheDatabase(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await AppendAsync(db, 2);

        await Assert.ThrowsAnyAsync<DbException>(() => db.ExecuteAsync("UPDATE audit_entries SET data_json = '{}' WHERE sequence = 1"));
        await Assert.ThrowsAnyAsync<DbException>(() => db.ExecuteAsync("DELETE FROM audit_entries WHERE sequence = 2"));
        Assert.Equal(new AuditVerification(true, 2, null, null), await db.Store.VerifyAuditChainAsync(default));
    }

    private static Task<IReadOnlyList<AuditEntry>> AppendAsync(TestDatabase db, int count) =>
        db.Store.WriteAuditAsync([.. Enumerable.Range(0, count).Select(i => TestData.Audit(data: $$"""{"i":{{i}}}"""))]);
}
