using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Contracts.Accounts;
using AgentSoar.Coordinator.Outbox;
using AgentSoar.Coordinator.Runs;
using AgentSoar.Storage;
using MassTransit;
using Microsoft.Extensions.Options;

namespace AgentSoar.Coordinator.Accounts;

/// <summary>
/// Console accounts: the credentials a login is checked against (the check itself happens in the Console, so no
/// password travels on the bus), the count of failed logins that locks an account for a while, and new accounts.
/// Every login attempt and account change is in the audit trail.
/// </summary>
public sealed class AccountsConsumer(ICoordinatorStore store, OutboxDispatcher dispatcher, TimeProvider clock, IOptions<AccountOptions> options) :
    IConsumer<GetUserCredentials>,
    IConsumer<RecordLogin>,
    IConsumer<CreateUser>,
    IConsumer<RecordLogout>
{
    private const int MaxConflictRetries = 10;

    public async Task Consume(ConsumeContext<GetUserCredentials> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = await store.GetUserAsync(context.Message.UserName.ToLowerInvariant(), context.CancellationToken);
        await context.RespondAsync(user is null
            ? new UserCredentials(false, null, null, null, [], false, null)
            : new UserCredentials(true, user.UserName, user.DisplayName, user.PasswordHash, UserSummaries.Roles(user), user.Disabled, user.LockedUntil));
    }

    public async Task Consume(ConsumeContext<RecordLogin> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        var ct = context.CancellationToken;
        var name = m.UserName.ToLowerInvariant();
        for (var attempt = 0; attempt < MaxConflictRetries; attempt++)
        {
            var now = clock.GetUtcNow();
            var user = await store.GetUserAsync(name, ct);
            await using var tx = await CoordinatorTransaction.BeginAsync(store, dispatcher, clock, ct);
            var updated = user is null ? null : Next(user, m.Succeeded, now);
            if (updated is not null && !await tx.Store.TryUpdateUserAsync(updated, ct))
            {
                continue;
            }

            var lockedNow = updated?.LockedUntil is { } until && until > now && user!.LockedUntil != until;
            tx.Audit(user?.UserName ?? "anonymous", m.Succeeded ? "login_succeeded" : "login_failed", null, null, null, new JsonObject
            {
                // An unknown name is recorded as given, bounded: it may be a mistyped password in the wrong field.
                ["user_name"] = user?.UserName ?? (m.UserName.Length > 64 ? m.UserName[..64] : m.UserName),
                ["known"] = user is not null,
                ["remote_address"] = m.RemoteAddress,
                ["failed_logins"] = updated?.FailedLogins,
                ["locked_until"] = lockedNow ? updated!.LockedUntil!.Value.ToString("O") : null,
            });
            await tx.CommitAsync(ct);
            await context.RespondAsync(new LoginRecorded(updated?.LockedUntil is { } lockedUntil && lockedUntil > now ? lockedUntil : null));
            return;
        }

        throw new ConcurrencyConflictException($"account {name} kept changing under {MaxConflictRetries} attempts");
    }

    public async Task Consume(ConsumeContext<CreateUser> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        var ct = context.CancellationToken;
        var request = m with { UserName = m.UserName.Trim().ToLowerInvariant(), DisplayName = m.DisplayName.Trim() };
        if (AccountRules.Problem(request) is { } problem)
        {
            await context.RespondAsync(new UserCreated(false, problem));
            return;
        }

        var now = clock.GetUtcNow();
        var user = new UserRecord(Guid.CreateVersion7(now), request.UserName, request.DisplayName, request.PasswordHash,
            JsonSerializer.Serialize(request.Roles.Distinct().ToList()), false, 0, null, now, now, 1);
        await using var tx = await CoordinatorTransaction.BeginAsync(store, dispatcher, clock, ct);
        if (request.OnlyIfNone)
        {
            if (!await tx.Store.TryInsertFirstUserAsync(user, ct))
            {
                await context.RespondAsync(new UserCreated(false, "accounts exist already; the first admin is made only when there is none") { Outcome = AccountChangeOutcome.Conflict });
                return;
            }
        }
        else if (await store.GetUserAsync(user.UserName, ct) is not null)
        {
            await context.RespondAsync(new UserCreated(false, $"the user name {user.UserName} is taken") { Outcome = AccountChangeOutcome.Conflict });
            return;
        }
        else
        {
            await tx.Store.InsertUserAsync(user, ct);
        }

        tx.Audit(request.CreatedBy, "account_created", null, null, null, new JsonObject
        {
            ["user_name"] = user.UserName,
            ["roles"] = new JsonArray(request.Roles.Select(r => (JsonNode?)r).ToArray()),
            ["first_admin"] = request.OnlyIfNone,
        });
        await tx.CommitAsync(ct);
        await context.RespondAsync(new UserCreated(true, $"account {user.UserName} created") { User = UserSummaries.Of(user) });
    }

    public async Task Consume(ConsumeContext<RecordLogout> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        await using var tx = await CoordinatorTransaction.BeginAsync(store, dispatcher, clock, context.CancellationToken);
        tx.Audit(m.UserName, "logout", null, null, null, new JsonObject
        {
            ["user_name"] = m.UserName,
            ["remote_address"] = m.RemoteAddress,
        });
        await tx.CommitAsync(context.CancellationToken);
        await context.RespondAsync(new LogoutRecorded());
    }

    /// <summary>A success clears the count; a failure counts, and locks the account once the count reaches the limit.</summary>
    private UserRecord Next(UserRecord user, bool succeeded, DateTimeOffset now)
    {
        var settings = options.Value;
        var failed = succeeded ? 0 : user.FailedLogins + 1;
        var lockedUntil = !succeeded && failed >= settings.MaxFailedLogins ? now + settings.LockoutDuration : succeeded ? null : user.LockedUntil;
        return user with
        {
            FailedLogins = failed >= settings.MaxFailedLogins ? 0 : failed,
            LockedUntil = lockedUntil,
            UpdatedAt = now,
            Version = user.Version + 1,
        };
    }
}
