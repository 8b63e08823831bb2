using System.Data.Common;

namespace AgentSoar.Storage.Tests;

public sealed partial class SqlStoreTransactionTests
{
    private static UserRecord User(string name) =>
        new(Guid.NewGuid(), name, name.ToUpperInvariant(), "AQAAAAIAAYagAAAAE-hash", """["analyst"]""", false, 0, null, TestData.At(1), TestData.At(1), 1);

    [Theory, AllEngines]
    public async Task InsertUserAsync_ThenGetAndUpdate_RoundTripsAndRefusesATakenName(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var alice = User("alice");

        await db.Store.WriteAsync(tx => tx.InsertUserAsync(alice, default));
        var locked = alice with { FailedLogins = 5, LockedUntil = TestData.At(20), Disabled = true, Version = 2, UpdatedAt = TestData.At(3) };
        Assert.True(await db.Store.WriteAsync(tx => tx.TryUpdateUserAsync(locked, default)));
        Assert.False(await db.Store.WriteAsync(tx => tx.TryUpdateUserAsync(locked, default)));

        Assert.Equal(locked, await db.Store.GetUserAsync("alice", default));
        Assert.Null(await db.Store.GetUserAsync("bob", default));
        await Assert.ThrowsAnyAsync<DbException>(() => db.Store.WriteAsync(tx => tx.InsertUserAsync(User("alice"), default)));
    }

    [Theory, AllEngines]
    public async Task TryInsertFirstUserAsync_OnlyWhileThereIsNoAccount(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        var first = await db.Store.WriteAsync(tx => tx.TryInsertFirstUserAsync(User("admin"), default));
        var second = await db.Store.WriteAsync(tx => tx.TryInsertFirstUserAsync(User("other"), default));

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(["admin"], (await db.Store.ListUsersAsync(10, default)).Select(u => u.UserName));
    }
}
