using System.Security.Cryptography;
using AgentSoar.Console.Alerts;
using AgentSoar.Console.Api;
using AgentSoar.Console.Auth;
using AgentSoar.Contracts.ApiKeys;

namespace AgentSoar.Console.ApiKeys;

/// <summary>
/// An admin's work on API keys, shared by the REST API and the admin pages. A new key is generated here and only its
/// SHA-256 leaves this process; the key goes back to the admin once and is kept nowhere. After a change this instance
/// reads the keys again before answering, so a revoked key is refused here from the next request on (other instances
/// follow on the change event).
/// </summary>
public sealed class ApiKeyAdministration(CoordinatorClient coordinator, ApiKeyStore keys, AlertIntake intake, StoredApiKeysRefresher refresher)
{
    /// <summary>Characters of the key kept as its recognisable prefix: <c>as_</c> and 7 of its 48 hex digits.</summary>
    public const int PrefixLength = 10;

    public Task<(ApiKeyList? Keys, IResult? Failure)> ListAsync(CancellationToken ct) =>
        coordinator.AskAsync<GetApiKeys, ApiKeyList>(new GetApiKeys(), ct);

    /// <returns>The key in clear when made (the only time it exists outside its holder), with the Coordinator's answer.</returns>
    public async Task<(string? Key, ApiKeyChangeResult? Result, IResult? Failure)> CreateAsync(NewApiKeyRequest request, string caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            return (null, Invalid("give the key a name"), null);
        }

        if (keys.IsConfigured(name))
        {
            return (null, new ApiKeyChangeResult(ApiKeyChangeOutcome.Conflict, $"a configured API key is named {name}", null), null);
        }

        var format = string.IsNullOrWhiteSpace(request.AlertFormat) ? null : request.AlertFormat.Trim();
        if (format is not null && intake.FormatProblem(format) is { } problem)
        {
            return (null, Invalid($"alert_format: {problem}"), null);
        }

        var key = "as_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var roles = (request.Roles ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim().ToLowerInvariant()).Distinct().ToList();
        var create = new CreateApiKey(name, Convert.ToHexStringLower(ApiKeyStore.Hash(key)), key[..PrefixLength], roles, format,
            request.AlertsPerSecond, request.AlertBurst, caller);
        var (result, failure) = await coordinator.AskAsync<CreateApiKey, ApiKeyChangeResult>(create, ct);
        if (failure is not null)
        {
            return (null, null, failure);
        }

        if (result!.Outcome != ApiKeyChangeOutcome.Changed)
        {
            return (null, result, null);
        }

        await refresher.RefreshAsync(ct);
        return (key, result, null);
    }

    public async Task<(ApiKeyChangeResult? Result, IResult? Failure)> RevokeAsync(Guid id, string caller, CancellationToken ct)
    {
        var answer = await coordinator.AskAsync<RevokeApiKey, ApiKeyChangeResult>(new RevokeApiKey(id, caller), ct);
        if (answer.Response?.Outcome is ApiKeyChangeOutcome.Changed or ApiKeyChangeOutcome.Unchanged)
        {
            await refresher.RefreshAsync(ct);
        }

        return answer;
    }

    private static ApiKeyChangeResult Invalid(string detail) => new(ApiKeyChangeOutcome.Invalid, detail, null);
}
