using AgentSoar.Contracts.ApiKeys;
using MassTransit;

namespace AgentSoar.Coordinator.Tests.ApiKeys;

/// <summary>Stored API keys through the bus: made from a hash only, listed without it, revoked once, announced, audited.</summary>
public sealed class ApiKeysConsumerTests
{
    private const string Playbook = CoordinatorHarness.NoopPlaybook;

    private static readonly string Hash = new('a', 64);

    [Fact]
    public async Task CreateApiKey_Hashed_IsStoredAuditedActiveAndAnnounced()
    {
        await using var harness = await CoordinatorHarness.StartAsync(Playbook);
        var announced = await AnnouncementsAsync(harness);

        var result = await AskAsync<CreateApiKey, ApiKeyChangeResult>(harness, Create("siem"));

        Assert.Equal(ApiKeyChangeOutcome.Changed, result.Outcome);
        Assert.Equal(("siem", "as_aaaaaaa", "ada"), (result.Key!.Name, result.Key.Prefix, result.Key.CreatedBy));
        var active = Assert.Single((await AskAsync<GetActiveApiKeys, ActiveApiKeys>(harness, new GetActiveApiKeys())).Keys);
        Assert.Equal(("siem", Hash, "mapping:wazuh", 7), (active.Name, active.KeySha256, active.AlertFormat, active.AlertsPerSecond));
        var entry = Assert.Single(await harness.Store.ListAuditAsync(null, null, 0, 500, default), e => e.Kind == "api_key_created");
        Assert.Equal("ada", entry.Actor);
        Assert.DoesNotContain(Hash, entry.DataJson, StringComparison.Ordinal);
        Assert.Equal(result.Key.Id, (await announced.Task.WaitAsync(TimeSpan.FromSeconds(10))).KeyId);
    }

    [Theory]
    [InlineData("bad name!", "aaaa", "ingest", "key name")]
    [InlineData("siem", "as_0123456789abcdef0123456789abcdef0123456789abcdef", "ingest", "SHA-256")]
    [InlineData("siem", "", "root", "roles")]
    public async Task CreateApiKey_Invalid_IsRefusedWithTheReasonAndStoresNothing(string name, string hash, string role, string expected)
    {
        await using var harness = await CoordinatorHarness.StartAsync(Playbook);

        var result = await AskAsync<CreateApiKey, ApiKeyChangeResult>(harness, Create(name) with { KeySha256 = hash.Length == 0 ? Hash : hash, Roles = [role] });

        Assert.Equal(ApiKeyChangeOutcome.Invalid, result.Outcome);
        Assert.Contains(expected, result.Detail, StringComparison.Ordinal);
        Assert.Empty(await harness.Store.ListApiKeysAsync(10, default));
    }

    [Fact]
    public async Task CreateApiKey_NameTaken_IsAConflict()
    {
        await using var harness = await CoordinatorHarness.StartAsync(Playbook);
        await AskAsync<CreateApiKey, ApiKeyChangeResult>(harness, Create("siem"));

        var result = await AskAsync<CreateApiKey, ApiKeyChangeResult>(harness, Create("siem") with { KeySha256 = new string('b', 64) });

        Assert.Equal(ApiKeyChangeOutcome.Conflict, result.Outcome);
        Assert.Single(await harness.Store.ListApiKeysAsync(10, default));
    }

    [Fact]
    public async Task RevokeApiKey_Twice_RevokedOnceAuditedAndNoLongerActive()
    {
        await using var harness = await CoordinatorHarness.StartAsync(Playbook);
        var key = (await AskAsync<CreateApiKey, ApiKeyChangeResult>(harness, Create("siem"))).Key!;
        await AskAsync<CreateApiKey, ApiKeyChangeResult>(harness, Create("edr") with { KeySha256 = new string('c', 64) });

        var first = await AskAsync<RevokeApiKey, ApiKeyChangeResult>(harness, new RevokeApiKey(key.Id, "bob"));
        var second = await AskAsync<RevokeApiKey, ApiKeyChangeResult>(harness, new RevokeApiKey(key.Id, "eve"));
        var unknown = await AskAsync<RevokeApiKey, ApiKeyChangeResult>(harness, new RevokeApiKey(Guid.NewGuid(), "eve"));

        Assert.Equal(ApiKeyChangeOutcome.Changed, first.Outcome);
        Assert.Equal(ApiKeyChangeOutcome.Unchanged, second.Outcome);
        Assert.Equal(ApiKeyChangeOutcome.NotFound, unknown.Outcome);
        Assert.Equal(["edr"], (await AskAsync<GetActiveApiKeys, ActiveApiKeys>(harness, new GetActiveApiKeys())).Keys.Select(k => k.Name));
        var listed = (await AskAsync<GetApiKeys, ApiKeyList>(harness, new GetApiKeys())).Keys.Single(k => k.Name == "siem");
        Assert.Equal("bob", listed.RevokedBy);
        Assert.NotNull(listed.RevokedAt);
        Assert.Single(await harness.Store.ListAuditAsync(null, null, 0, 500, default), e => e.Kind == "api_key_revoked" && e.Actor == "bob");
    }

    private static CreateApiKey Create(string name) => new(name, Hash, "as_aaaaaaa", ["ingest"], "mapping:wazuh", 7, null, "ada");

    /// <summary>Completes with the first <see cref="ApiKeysChanged"/> published on the bus.</summary>
    private static async Task<TaskCompletionSource<ApiKeysChanged>> AnnouncementsAsync(CoordinatorHarness harness)
    {
        var seen = new TaskCompletionSource<ApiKeysChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handle = harness.Bus.ConnectReceiveEndpoint($"test-keys-{Guid.NewGuid():N}", e => e.Handler<ApiKeysChanged>(c =>
        {
            seen.TrySetResult(c.Message);
            return Task.CompletedTask;
        }));
        await handle.Ready;
        return seen;
    }

    private static async Task<TResponse> AskAsync<TRequest, TResponse>(CoordinatorHarness harness, TRequest request)
        where TRequest : class
        where TResponse : class =>
        (await harness.Bus.CreateRequestClient<TRequest>().GetResponse<TResponse>(request)).Message;
}
