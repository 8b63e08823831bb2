using AgentSoar.Contracts.Accounts;
using MassTransit;
using Microsoft.AspNetCore.Identity;

namespace AgentSoar.Coordinator.Tests.Accounts;

/// <summary>An admin's work on accounts through the bus: roles, disabling, password resets, the lock-out guards, the audit trail.</summary>
public sealed class UserAdministrationConsumerTests
{
    private const string Playbook = CoordinatorHarness.NoopPlaybook;

    private static readonly string Hash = new PasswordHasher<string>().HashPassword("x", "correct horse battery staple");

    [Fact]
    public async Task ChangeUserRoles_ByAnotherAdmin_ChangesTheRolesAndAuditsWhoAndWhat()
    {
        await using var harness = await StartWithAdminAsync();
        await CreateAsync(harness, "bob", AccountRoles.Viewer);

        var result = await AskAsync<ChangeUserRoles, AccountChangeResult>(harness, new ChangeUserRoles("BOB", ["analyst", "responder"], "ada"));

        Assert.Equal(AccountChangeOutcome.Changed, result.Outcome);
        Assert.Equal(["analyst", "responder"], result.User!.Roles);
        Assert.Equal(["analyst", "responder"], (await CredentialsAsync(harness, "bob")).Roles);
        var entry = Assert.Single(await AuditAsync(harness), e => e.Kind == "account_roles_changed");
        Assert.Equal("ada", entry.Actor);
        Assert.Contains("\"user_name\":\"bob\"", entry.DataJson, StringComparison.Ordinal);
        Assert.Contains("\"roles_before\":[\"viewer\"]", entry.DataJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeUserRoles_AdminDropsOwnAdminRole_IsRefusedAndChangesNothing()
    {
        await using var harness = await StartWithAdminAsync();
        await CreateAsync(harness, "eve", AccountRoles.Admin);

        var result = await AskAsync<ChangeUserRoles, AccountChangeResult>(harness, new ChangeUserRoles("ada", ["viewer"], "ada"));

        Assert.Equal(AccountChangeOutcome.Conflict, result.Outcome);
        Assert.Contains("themselves", result.Detail, StringComparison.Ordinal);
        Assert.Equal([AccountRoles.Admin], (await CredentialsAsync(harness, "ada")).Roles);
        Assert.DoesNotContain(await AuditAsync(harness), e => e.Kind == "account_roles_changed");
    }

    [Fact]
    public async Task ChangeUserRoles_LastEnabledAdminByAnotherCaller_IsRefused()
    {
        await using var harness = await StartWithAdminAsync();

        var result = await AskAsync<ChangeUserRoles, AccountChangeResult>(harness, new ChangeUserRoles("ada", ["viewer"], "bootstrap-key"));

        Assert.Equal(AccountChangeOutcome.Conflict, result.Outcome);
        Assert.Contains("last enabled admin", result.Detail, StringComparison.Ordinal);
        Assert.Equal([AccountRoles.Admin], (await CredentialsAsync(harness, "ada")).Roles);
    }

    [Theory]
    [InlineData("root")]
    [InlineData("")]
    public async Task ChangeUserRoles_UnknownOrNoRole_IsInvalid(string role)
    {
        await using var harness = await StartWithAdminAsync();
        await CreateAsync(harness, "bob", AccountRoles.Viewer);

        var result = await AskAsync<ChangeUserRoles, AccountChangeResult>(harness, new ChangeUserRoles("bob", role.Length == 0 ? [] : [role], "ada"));

        Assert.Equal(AccountChangeOutcome.Invalid, result.Outcome);
        Assert.Equal([AccountRoles.Viewer], (await CredentialsAsync(harness, "bob")).Roles);
    }

    [Fact]
    public async Task SetUserDisabled_ThenEnabled_IsAppliedAuditedAndLiftsTheLockout()
    {
        var settings = new Dictionary<string, string?> { ["AgentSoar:Accounts:MaxFailedLogins"] = "1" };
        await using var harness = await CoordinatorHarness.StartAsync(settings, Playbook);
        await CreateAsync(harness, "ada", AccountRoles.Admin);
        await CreateAsync(harness, "bob", AccountRoles.Analyst);
        await AskAsync<RecordLogin, LoginRecorded>(harness, new RecordLogin("bob", false, null));

        var disabled = await AskAsync<SetUserDisabled, AccountChangeResult>(harness, new SetUserDisabled("bob", true, "ada"));
        var again = await AskAsync<SetUserDisabled, AccountChangeResult>(harness, new SetUserDisabled("bob", true, "ada"));
        var whileDisabled = await CredentialsAsync(harness, "bob");
        var enabled = await AskAsync<SetUserDisabled, AccountChangeResult>(harness, new SetUserDisabled("bob", false, "ada"));

        Assert.Equal(AccountChangeOutcome.Changed, disabled.Outcome);
        Assert.Equal(AccountChangeOutcome.Unchanged, again.Outcome);
        Assert.True(whileDisabled.Disabled);
        Assert.Equal(AccountChangeOutcome.Changed, enabled.Outcome);
        var after = await CredentialsAsync(harness, "bob");
        Assert.False(after.Disabled);
        Assert.Null(after.LockedUntil);
        var audit = await AuditAsync(harness);
        Assert.Single(audit, e => e.Kind == "account_disabled" && e.Actor == "ada");
        Assert.Single(audit, e => e.Kind == "account_enabled" && e.Actor == "ada");
    }

    [Fact]
    public async Task SetUserDisabled_Self_IsRefused()
    {
        await using var harness = await StartWithAdminAsync();
        await CreateAsync(harness, "eve", AccountRoles.Admin);

        var result = await AskAsync<SetUserDisabled, AccountChangeResult>(harness, new SetUserDisabled("ADA", true, "ada"));

        Assert.Equal(AccountChangeOutcome.Conflict, result.Outcome);
        Assert.False((await CredentialsAsync(harness, "ada")).Disabled);
    }

    [Fact]
    public async Task SetUserDisabled_UnknownName_IsNotFound()
    {
        await using var harness = await StartWithAdminAsync();

        var result = await AskAsync<SetUserDisabled, AccountChangeResult>(harness, new SetUserDisabled("nobody", true, "ada"));

        Assert.Equal(AccountChangeOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task ResetUserPassword_Hashed_ReplacesTheHashAndTheAuditHoldsNoHash()
    {
        await using var harness = await StartWithAdminAsync();
        await CreateAsync(harness, "bob", AccountRoles.Viewer);
        var newHash = new PasswordHasher<string>().HashPassword("bob", "another long password");

        var result = await AskAsync<ResetUserPassword, AccountChangeResult>(harness, new ResetUserPassword("bob", newHash, "ada"));

        Assert.Equal(AccountChangeOutcome.Changed, result.Outcome);
        Assert.Equal(newHash, (await CredentialsAsync(harness, "bob")).PasswordHash);
        var entry = Assert.Single(await AuditAsync(harness), e => e.Kind == "account_password_reset");
        Assert.Equal("ada", entry.Actor);
        Assert.DoesNotContain(newHash, entry.DataJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetUserPassword_InClear_IsInvalidAndChangesNothing()
    {
        await using var harness = await StartWithAdminAsync();
        await CreateAsync(harness, "bob", AccountRoles.Viewer);

        var result = await AskAsync<ResetUserPassword, AccountChangeResult>(harness, new ResetUserPassword("bob", "plain text password", "ada"));

        Assert.Equal(AccountChangeOutcome.Invalid, result.Outcome);
        Assert.Equal(Hash, (await CredentialsAsync(harness, "bob")).PasswordHash);
    }

    [Fact]
    public async Task GetUsers_TwoAccounts_ListedByNameWithoutHashes()
    {
        await using var harness = await StartWithAdminAsync();
        await CreateAsync(harness, "bob", AccountRoles.Viewer);

        var list = await AskAsync<GetUsers, UserList>(harness, new GetUsers());

        Assert.Equal(["ada", "bob"], list.Users.Select(u => u.UserName));
        Assert.Equal([AccountRoles.Viewer], list.Users[1].Roles);
    }

    [Fact]
    public async Task CreateUser_NameTaken_IsAConflict()
    {
        await using var harness = await StartWithAdminAsync();

        var result = await AskAsync<CreateUser, UserCreated>(harness, new CreateUser("ADA", "Ada again", Hash, [AccountRoles.Viewer], "ada"));

        Assert.Equal(AccountChangeOutcome.Conflict, result.Outcome);
        Assert.False(result.Created);
    }

    [Fact]
    public async Task RecordLogout_Any_IsInTheAuditTrailWithWhoAndWhen()
    {
        await using var harness = await StartWithAdminAsync();

        await AskAsync<RecordLogout, LogoutRecorded>(harness, new RecordLogout("ada", "192.0.2.7"));

        var entry = Assert.Single(await AuditAsync(harness), e => e.Kind == "logout");
        Assert.Equal("ada", entry.Actor);
        Assert.Contains("192.0.2.7", entry.DataJson, StringComparison.Ordinal);
    }

    private static async Task<CoordinatorHarness> StartWithAdminAsync()
    {
        var harness = await CoordinatorHarness.StartAsync(Playbook);
        await CreateAsync(harness, "ada", AccountRoles.Admin);
        return harness;
    }

    private static async Task CreateAsync(CoordinatorHarness harness, string name, string role)
    {
        var created = await AskAsync<CreateUser, UserCreated>(harness, new CreateUser(name, name, Hash, [role], "test"));
        Assert.True(created.Created, created.Detail);
    }

    private static Task<UserCredentials> CredentialsAsync(CoordinatorHarness harness, string name) =>
        AskAsync<GetUserCredentials, UserCredentials>(harness, new GetUserCredentials(name));

    private static Task<IReadOnlyList<AgentSoar.Storage.AuditEntry>> AuditAsync(CoordinatorHarness harness) =>
        harness.Store.ListAuditAsync(null, null, 0, 500, default);

    private static async Task<TResponse> AskAsync<TRequest, TResponse>(CoordinatorHarness harness, TRequest request)
        where TRequest : class
        where TResponse : class =>
        (await harness.Bus.CreateRequestClient<TRequest>().GetResponse<TResponse>(request)).Message;
}
