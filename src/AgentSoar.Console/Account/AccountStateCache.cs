using System.Collections.Concurrent;
using AgentSoar.Console.Api;
using AgentSoar.Contracts.Accounts;

namespace AgentSoar.Console.Account;

/// <summary>
/// The accounts of signed-in people as the Coordinator last told, kept a few seconds so that a page's many requests
/// ask once. A change made through this Console forgets the account at once; one made through another Console is seen
/// here when the entry expires.
/// </summary>
public sealed class AccountStateCache(CoordinatorClient coordinator, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, (UserCredentials Account, DateTimeOffset Until)> _accounts = new(StringComparer.Ordinal);

    /// <summary>The account; null when the Coordinator did not answer.</summary>
    public async Task<UserCredentials?> GetAsync(string userName, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_accounts.TryGetValue(userName, out var cached) && cached.Until > now)
        {
            return cached.Account;
        }

        var (account, failure) = await coordinator.AskAsync<GetUserCredentials, UserCredentials>(new GetUserCredentials(userName), ct);
        if (failure is not null || account is null)
        {
            return null;
        }

        _accounts[userName] = (account, now + Lifetime);
        return account;
    }

    public void Forget(string userName) => _accounts.TryRemove(userName.Trim().ToLowerInvariant(), out _);
}
