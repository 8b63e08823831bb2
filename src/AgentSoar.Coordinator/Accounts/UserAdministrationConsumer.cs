using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Contracts.Accounts;
using AgentSoar.Coordinator.Outbox;
using AgentSoar.Coordinator.Runs;
using AgentSoar.Storage;
using MassTransit;

namespace AgentSoar.Coordinator.Accounts;

/// <summary>
/// An admin's work on accounts: the list, roles, disabling and enabling, password resets. Each change is audited with
/// who asked; a refusal changes nothing. Two refusals keep the admins from locking themselves out: nobody takes the
/// admin role from themselves or disables themselves, and no change leaves the deployment without an enabled admin.
/// </summary>
public sealed class UserAdministrationConsumer(ICoordinatorStore store, OutboxDispatcher dispatcher, TimeProvider clock) :
    IConsumer<GetUsers>,
    IConsumer<ChangeUserRoles>,
    IConsumer<SetUserDisabled>,
    IConsumer<ResetUserPassword>
{
    private const int MaxConflictRetries = 10;

    // Enough for any console's accounts; the last-admin check reads them all.
    private const int MaxUsers = 10_000;

    public async Task Consume(ConsumeContext<GetUsers> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var users = await store.ListUsersAsync(Math.Clamp(context.Message.Limit, 1, MaxUsers), context.CancellationToken);
        await context.RespondAsync(new UserList(users.Select(UserSummaries.Of).ToList()));
    }

    public async Task Consume(ConsumeContext<ChangeUserRoles> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        var roles = m.Roles.Select(r => r.Trim().ToLowerInvariant()).Distinct().ToList();
        if (AccountRules.RolesProblem(roles) is { } problem)
        {
            await context.RespondAsync(new AccountChangeResult(AccountChangeOutcome.Invalid, problem, null));
            return;
        }

        var keepsAdmin = roles.Contains(AccountRoles.Admin, StringComparer.Ordinal);
        await context.RespondAsync(await ChangeAsync(m.UserName, m.ChangedBy, "account_roles_changed", async (user, ct) =>
            UserSummaries.Roles(user).Order().SequenceEqual(roles.Order()) ? Unchanged(user, "the account has these roles already")
            : !keepsAdmin && IsSelf(user, m.ChangedBy) ? Refused("nobody takes the admin role from themselves; ask another admin")
            : !keepsAdmin && await IsLastEnabledAdminAsync(user, ct) ? Refused("this is the last enabled admin; make another admin first")
            : Change(user with { RolesJson = JsonSerializer.Serialize(roles) }, new JsonObject
            {
                ["roles_before"] = new JsonArray(UserSummaries.Roles(user).Select(r => (JsonNode?)r).ToArray()),
                ["roles"] = new JsonArray(roles.Select(r => (JsonNode?)r).ToArray()),
            }), context.CancellationToken));
    }

    public async Task Consume(ConsumeContext<SetUserDisabled> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        await context.RespondAsync(await ChangeAsync(m.UserName, m.ChangedBy, m.Disabled ? "account_disabled" : "account_enabled", async (user, ct) =>
            user.Disabled == m.Disabled ? Unchanged(user, m.Disabled ? "the account is disabled already" : "the account is enabled already")
            : m.Disabled && IsSelf(user, m.ChangedBy) ? Refused("nobody disables themselves; ask another admin")
            : m.Disabled && await IsLastEnabledAdminAsync(user, ct) ? Refused("this is the last enabled admin; make another admin first")
            // Enabling also lifts a lockout: the admin has looked at the account.
            : Change(user with { Disabled = m.Disabled, FailedLogins = m.Disabled ? user.FailedLogins : 0, LockedUntil = m.Disabled ? user.LockedUntil : null }, []),
            context.CancellationToken));
    }

    public async Task Consume(ConsumeContext<ResetUserPassword> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        if (AccountRules.HashProblem(m.PasswordHash) is { } problem)
        {
            await context.RespondAsync(new AccountChangeResult(AccountChangeOutcome.Invalid, problem, null));
            return;
        }

        // The audit says that the password was reset, never what to.
        await context.RespondAsync(await ChangeAsync(m.UserName, m.ChangedBy, "account_password_reset", (user, _) =>
            Task.FromResult(Change(user with { PasswordHash = m.PasswordHash, FailedLogins = 0, LockedUntil = null }, [])),
            context.CancellationToken));
    }

    /// <summary>Reads the account, decides, and writes the change with its audit entry, again if another change got in between.</summary>
    private async Task<AccountChangeResult> ChangeAsync(
        string userName, string actor, string kind, Func<UserRecord, CancellationToken, Task<Decision>> decide, CancellationToken ct)
    {
        var name = userName.Trim().ToLowerInvariant();
        for (var attempt = 0; attempt < MaxConflictRetries; attempt++)
        {
            var user = await store.GetUserAsync(name, ct);
            if (user is null)
            {
                return new AccountChangeResult(AccountChangeOutcome.NotFound, $"no account is named {name}", null);
            }

            var decision = await decide(user, ct);
            if (decision.Next is not { } next)
            {
                return decision.Refusal! with { User = UserSummaries.Of(user) };
            }

            var now = clock.GetUtcNow();
            next = next with { UpdatedAt = now, Version = user.Version + 1 };
            await using var tx = await CoordinatorTransaction.BeginAsync(store, dispatcher, clock, ct);
            if (!await tx.Store.TryUpdateUserAsync(next, ct))
            {
                continue;
            }

            var data = decision.AuditData;
            data["user_name"] = user.UserName;
            tx.Audit(actor, kind, null, null, null, data);
            await tx.CommitAsync(ct);
            return new AccountChangeResult(AccountChangeOutcome.Changed, $"account {user.UserName}: {kind.Replace('_', ' ')}", UserSummaries.Of(next));
        }

        throw new ConcurrencyConflictException($"account {name} kept changing under {MaxConflictRetries} attempts");
    }

    private static bool IsSelf(UserRecord user, string actor) => string.Equals(user.UserName, actor, StringComparison.OrdinalIgnoreCase);

    private async Task<bool> IsLastEnabledAdminAsync(UserRecord user, CancellationToken ct) =>
        UserSummaries.IsEnabledAdmin(user)
        && !(await store.ListUsersAsync(MaxUsers, ct)).Any(u => u.Id != user.Id && UserSummaries.IsEnabledAdmin(u));

    private static Decision Change(UserRecord next, JsonObject auditData) => new(next, null, auditData);

    private static Decision Unchanged(UserRecord user, string detail) => new(null, new AccountChangeResult(AccountChangeOutcome.Unchanged, detail, null), []);

    private static Decision Refused(string detail) => new(null, new AccountChangeResult(AccountChangeOutcome.Conflict, detail, null), []);

    /// <summary>Either the account as it should become (with what the audit entry says of it) or the answer that refuses the change.</summary>
    private sealed record Decision(UserRecord? Next, AccountChangeResult? Refusal, JsonObject AuditData);
}
