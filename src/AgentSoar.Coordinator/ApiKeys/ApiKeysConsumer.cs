using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Contracts.ApiKeys;
using AgentSoar.Coordinator.Outbox;
using AgentSoar.Storage;
using MassTransit;

namespace AgentSoar.Coordinator.ApiKeys;

/// <summary>
/// API keys made in the console: stored as hashes, listed for admins, handed (hashes and all) to the Console instances
/// that accept them, and revoked. Making and revoking are audited with who and when and announced with
/// <see cref="ApiKeysChanged"/>, in the same transaction, so every Console learns of a revocation.
/// </summary>
public sealed class ApiKeysConsumer(ICoordinatorStore store, OutboxDispatcher dispatcher, TimeProvider clock) :
    IConsumer<CreateApiKey>,
    IConsumer<RevokeApiKey>,
    IConsumer<GetApiKeys>,
    IConsumer<GetActiveApiKeys>
{
    // More keys than any console holds; the Console keeps them all in memory.
    private const int MaxKeys = 10_000;

    public async Task Consume(ConsumeContext<CreateApiKey> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        var ct = context.CancellationToken;
        var request = m with { Name = m.Name.Trim(), Roles = m.Roles.Select(r => r.Trim().ToLowerInvariant()).Distinct().ToList() };
        if (ApiKeyRules.Problem(request) is { } problem)
        {
            await context.RespondAsync(new ApiKeyChangeResult(ApiKeyChangeOutcome.Invalid, problem, null));
            return;
        }

        var now = clock.GetUtcNow();
        var key = new ApiKeyRecord(Guid.CreateVersion7(now), request.Name, request.KeySha256, request.Prefix, JsonSerializer.Serialize(request.Roles),
            request.AlertFormat, request.AlertsPerSecond, request.AlertBurst, request.CreatedBy, now, null, null);
        await using var tx = await CoordinatorTransaction.BeginAsync(store, dispatcher, clock, ct);
        if (!await tx.Store.TryInsertApiKeyAsync(key, ct))
        {
            await context.RespondAsync(new ApiKeyChangeResult(ApiKeyChangeOutcome.Conflict, $"an API key is named {key.Name} already", null));
            return;
        }

        // The prefix is recorded so the entry can be matched to a key; the hash is not, it serves nothing there.
        tx.Audit(request.CreatedBy, "api_key_created", null, null, null, new JsonObject
        {
            ["key_id"] = key.Id.ToString(),
            ["name"] = key.Name,
            ["prefix"] = key.Prefix,
            ["roles"] = new JsonArray(request.Roles.Select(r => (JsonNode?)r).ToArray()),
            ["alert_format"] = key.AlertFormat,
            ["alerts_per_second"] = key.AlertsPerSecond,
            ["alert_burst"] = key.AlertBurst,
        });
        tx.Enqueue(new ApiKeysChanged(key.Id, now));
        await tx.CommitAsync(ct);
        await context.RespondAsync(new ApiKeyChangeResult(ApiKeyChangeOutcome.Changed, $"API key {key.Name} made", Summary(key)));
    }

    public async Task Consume(ConsumeContext<RevokeApiKey> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        var ct = context.CancellationToken;
        var key = await store.GetApiKeyAsync(m.Id, ct);
        if (key is null)
        {
            await context.RespondAsync(new ApiKeyChangeResult(ApiKeyChangeOutcome.NotFound, $"no API key has the id {m.Id}", null));
            return;
        }

        var now = clock.GetUtcNow();
        await using var tx = await CoordinatorTransaction.BeginAsync(store, dispatcher, clock, ct);
        if (!await tx.Store.TryRevokeApiKeyAsync(m.Id, m.RevokedBy, now, ct))
        {
            await context.RespondAsync(new ApiKeyChangeResult(ApiKeyChangeOutcome.Unchanged, $"API key {key.Name} was revoked already", Summary(key)));
            return;
        }

        tx.Audit(m.RevokedBy, "api_key_revoked", null, null, null, new JsonObject
        {
            ["key_id"] = key.Id.ToString(),
            ["name"] = key.Name,
            ["prefix"] = key.Prefix,
        });
        tx.Enqueue(new ApiKeysChanged(key.Id, now));
        await tx.CommitAsync(ct);
        await context.RespondAsync(new ApiKeyChangeResult(ApiKeyChangeOutcome.Changed, $"API key {key.Name} revoked", Summary(key with { RevokedBy = m.RevokedBy, RevokedAt = now })));
    }

    public async Task Consume(ConsumeContext<GetApiKeys> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var keys = await store.ListApiKeysAsync(Math.Clamp(context.Message.Limit, 1, MaxKeys), context.CancellationToken);
        await context.RespondAsync(new ApiKeyList(keys.Select(Summary).ToList()));
    }

    public async Task Consume(ConsumeContext<GetActiveApiKeys> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var keys = await store.ListApiKeysAsync(MaxKeys, context.CancellationToken);
        await context.RespondAsync(new ActiveApiKeys(keys.Where(k => k.RevokedAt is null)
            .Select(k => new ActiveApiKey(k.Name, k.KeySha256, Roles(k), k.AlertFormat, k.AlertsPerSecond, k.AlertBurst)).ToList()));
    }

    private static ApiKeySummary Summary(ApiKeyRecord k) =>
        new(k.Id, k.Name, k.Prefix, Roles(k), k.AlertFormat, k.AlertsPerSecond, k.AlertBurst, k.CreatedBy, k.CreatedAt, k.RevokedBy, k.RevokedAt);

    private static List<string> Roles(ApiKeyRecord k) => JsonSerializer.Deserialize<List<string>>(k.RolesJson) ?? [];
}
