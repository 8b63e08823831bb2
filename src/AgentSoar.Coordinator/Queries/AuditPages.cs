using AgentSoar.Contracts.Queries;
using AgentSoar.Storage;

namespace AgentSoar.Coordinator.Queries;

/// <summary>
/// A page of the audit trail with the actor and kind filters the store does not index: it reads on from the
/// cursor in store pages, keeping the matches, until the page is full or the trail ends.
/// </summary>
public static class AuditPages
{
    private const int StorePage = 500;

    public static async Task<IReadOnlyList<AuditEntry>> ReadAsync(ICoordinatorStore store, GetAudit query, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var actor = string.IsNullOrWhiteSpace(query.Actor) ? null : query.Actor.Trim();
        var kind = string.IsNullOrWhiteSpace(query.Kind) ? null : query.Kind.Trim();
        if (actor is null && kind is null)
        {
            return await store.ListAuditAsync(query.IncidentId, query.RunId, query.AfterSequence, limit, ct);
        }

        var found = new List<AuditEntry>();
        var after = query.AfterSequence;
        while (true)
        {
            var page = await store.ListAuditAsync(query.IncidentId, query.RunId, after, StorePage, ct);
            foreach (var entry in page.Where(e => Matches(e, actor, kind)))
            {
                found.Add(entry);
                if (found.Count == limit)
                {
                    return found;
                }
            }

            if (page.Count < StorePage)
            {
                return found;
            }

            after = page[^1].Sequence;
        }
    }

    private static bool Matches(AuditEntry entry, string? actor, string? kind) =>
        (actor is null || string.Equals(entry.Actor, actor, StringComparison.OrdinalIgnoreCase))
        && (kind is null || string.Equals(entry.Kind, kind, StringComparison.Ordinal));
}
