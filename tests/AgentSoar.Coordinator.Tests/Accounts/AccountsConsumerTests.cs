using AgentSoar.Contracts.Accounts;
using MassTransit;
using Microsoft.AspNetCore.Identity;

namespace AgentSoar.Coordinator.Tests.Accounts;

/// <summary>Console accounts through the bus: the first admin once, credentials for the Console's check, lockout, the audit trail.</summary>
public sealed class AccountsConsumerTests
{
    private const string Playbook = CoordinatorHarness.NoopPlaybook;

    private static readonly string Hash = new PasswordHasher<string>().HashPassword("alice", "correct horse battery staple");

    [Fact]
    public async Task CreateUser_FirstAdmin_IsMadeOnceAndCanBeReadBack()
    {
        await using var harness = await CoordinatorHarness.StartAsync(Playbook);

        var first = await AskAsync<CreateUser, UserCreated>(harness, new CreateUser("Alice", "Alice Doe", Hash, [AccountRoles.Admin], "console", OnlyIfNone: true));
        var second = await AskAsync<CreateUser, UserCreated>(harness, new CreateUser("mallory", "Mallory", Hash, [AccountRoles.Admin], "console", OnlyIfNone: true));
        var credentials = await AskAsync<GetUserCredentials, UserCredentials>(harness, new GetUserCredentials("ALICE"));

        Assert.True(first.Created, first.Detail);
        Assert.False(second.Created);
        Assert.True(credentials.Found);
        Assert.Equal(("alice", "Alice Doe", Hash), (credentials.UserName, credentials.DisplayName, credentials.PasswordHash));
        Assert.Equal([AccountRoles.Admin], credentials.Roles);
        var created = Assert.Single(await harness.Store.ListAuditAsync(null, null, 0, 500, default), e => e.Kind == "account_created");
        Assert.DoesNotContain(Hash, created.DataJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad name!", "viewer", "AQAAAAIAAYagAAAAE", "user name")]
    [InlineData("Planner", "analyst", "AQAAAAIAAYagAAAAE", "reserved")]
    [InlineData("bob", "root", "AQAAAAIAAYagAAAAE", "roles")]
    [InlineData("bob", "viewer", "plain-text-password", "hashed")]
    public async Task CreateUser_Invalid_IsRefusedWithTheReasonAndStoresNothing(string name, string role, string hash, string expected)
    {
        await using var harness = await CoordinatorHarness.StartAsync(Playbook);

        var result = await AskAsync<CreateUser, UserCreated>(harness, new CreateUser(name, "Bob", hash, [role], "admin"));

        Assert.False(result.Created);
        Assert.Contains(expected, result.Detail, StringComparison.Ordinal);
        Assert.Empty(await harness.Store.ListUsersAsync(10, default));
    }

    [Fact]
    public async Task RecordLogin_FailuresUpToTheLimit_LockTheAccountAndASuccessClearsTheCount()
    {
        var settings = new Dictionary<string, string?> { ["AgentSoar:Accounts:MaxFailedLogins"] = "3", ["AgentSoar:Accounts:LockoutDuration"] = "00:10:00" };
        await using var harness = await CoordinatorHarness.StartAsync(settings, Playbook);
        await AskAsync<CreateUser, UserCreated>(harness, new CreateUser("alice", "Alice", Hash, [AccountRoles.Analyst], "admin"));

        var one = await AskAsync<RecordLogin, LoginRecorded>(harness, new RecordLogin("alice", false, "192.0.2.1"));
        var ok = await AskAsync<RecordLogin, LoginRecorded>(harness, new RecordLogin("alice", true, "192.0.2.1"));
        await AskAsync<RecordLogin, LoginRecorded>(harness, new RecordLogin("alice", false, "192.0.2.1"));
        await AskAsync<RecordLogin, LoginRecorded>(harness, new RecordLogin("alice", false, "192.0.2.1"));
        var third = await AskAsync<RecordLogin, LoginRecorded>(harness, new RecordLogin("alice", false, "192.0.2.1"));

        Assert.Null(one.LockedUntil);
        Assert.Null(ok.LockedUntil);
        Assert.NotNull(third.LockedUntil);
        Assert.Equal(third.LockedUntil, (await AskAsync<GetUserCredentials, UserCredentials>(harness, new GetUserCredentials("alice"))).LockedUntil);
        var audit = await harness.Store.ListAuditAsync(null, null, 0, 500, default);
        Assert.Equal(4, audit.Count(e => e.Kind == "login_failed"));
        Assert.Single(audit, e => e.Kind == "login_succeeded");
        Assert.Single(audit, e => e.Kind == "login_failed" && e.DataJson.Contains("locked_until\":\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecordLogin_UnknownName_IsAuditedAndChangesNoAccount()
    {
        await using var harness = await CoordinatorHarness.StartAsync(Playbook);

        var recorded = await AskAsync<RecordLogin, LoginRecorded>(harness, new RecordLogin("nobody", false, null));

        Assert.Null(recorded.LockedUntil);
        Assert.Single(await harness.Store.ListAuditAsync(null, null, 0, 500, default), e => e.Kind == "login_failed" && e.Actor == "anonymous");
        Assert.False((await AskAsync<GetUserCredentials, UserCredentials>(harness, new GetUserCredentials("nobody"))).Found);
    }

    private static async Task<TResponse> AskAsync<TRequest, TResponse>(CoordinatorHarness harness, TRequest request)
        where TRequest : class
        where TResponse : class =>
        (await harness.Bus.CreateRequestClient<TRequest>().GetResponse<TResponse>(request)).Message;
}
