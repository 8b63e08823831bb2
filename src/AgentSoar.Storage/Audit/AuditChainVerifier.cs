using System.Data.Common;

namespace AgentSoar.Storage;

/// <summary>
/// Walks the chain inside one snapshot transaction, so appends committed meanwhile neither show up half
/// way nor look like tampering, and checks the chain head too: without it, deleting the last entries
/// would leave a shorter chain that still verifies.
/// </summary>
internal static class AuditChainVerifier
{
    private const int PageSize = 1000;

    public static async Task<AuditVerification> VerifyAsync(DbConnection connection, DbTransaction snapshot, CancellationToken ct)
    {
        var heads = await connection.ListAsync(snapshot, AuditSql.SelectHead, null, AuditSql.ReadHead, ct);
        if (heads.Count != 1)
        {
            return new AuditVerification(false, 0, 1, "The audit chain head row is missing.");
        }

        var (lastSequence, lastHash) = heads[0];
        var expected = 1L;
        var previousHash = AuditHasher.GenesisHash;
        while (true)
        {
            var page = await connection.ListAsync(
                snapshot, AuditSql.SelectRange, new { After = expected - 1, Last = lastSequence, Limit = PageSize }, AuditSql.Read, ct);
            foreach (var entry in page)
            {
                var checkedSoFar = expected - 1;
                if (entry.Sequence != expected)
                {
                    return Broken(checkedSoFar, expected, $"Entry {expected} is missing: the next stored entry is {entry.Sequence}.");
                }

                if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
                {
                    return Broken(checkedSoFar, expected, $"Entry {expected} does not point to the hash of the entry before it.");
                }

                if (!string.Equals(AuditHasher.Compute(entry), entry.Hash, StringComparison.Ordinal))
                {
                    return Broken(checkedSoFar, expected, $"Entry {expected} does not match its hash: its content was changed.");
                }

                previousHash = entry.Hash;
                expected++;
            }

            if (page.Count < PageSize)
            {
                break;
            }
        }

        return await CheckHeadAsync(connection, snapshot, expected - 1, previousHash, lastSequence, lastHash, ct);
    }

    private static async Task<AuditVerification> CheckHeadAsync(
        DbConnection connection, DbTransaction snapshot, long entries, string previousHash, long lastSequence, string lastHash, CancellationToken ct)
    {
        if (entries != lastSequence)
        {
            return Broken(entries, entries + 1, $"The chain head records {lastSequence} entries but only {entries} are stored: entries were removed.");
        }

        if (!string.Equals(previousHash, lastHash, StringComparison.Ordinal))
        {
            return Broken(entries, lastSequence, $"The chain head's hash is not the hash of entry {lastSequence}.");
        }

        var beyond = await connection.ListAsync(snapshot, AuditSql.CountBeyond, new { Last = lastSequence }, r => r.GetInt64(0), ct);
        if (beyond[0] > 0)
        {
            return Broken(entries, lastSequence + 1, $"{beyond[0]} entries lie beyond the chain head: they were added without the chain.");
        }

        return new AuditVerification(true, entries, null, null);
    }

    private static AuditVerification Broken(long entriesChecked, long sequence, string problem) =>
        new(false, entriesChecked, sequence, problem);
}
