using System.Globalization;
using System.Text.Json;
using AgentSoar.Contracts.Actions;

namespace AgentSoar.Connectors.Testing;

/// <summary>What every test host shares: the fast retry settings and the command the Coordinator would send.</summary>
internal static class HostCommands
{
    /// <summary>Retries a test can wait for: the host's defaults (1 s to 30 s) would make a retried failure slow.</summary>
    public static Dictionary<string, string?> FastRetries() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["AgentSoar:ConnectorHost:RetryBaseDelay"] = "00:00:00.001",
        ["AgentSoar:ConnectorHost:RetryMaxDelay"] = "00:00:00.010",
    };

    /// <summary>One <see cref="ExecuteAction"/> with fresh execution and run ids, as a run's step would send it.</summary>
    public static ExecuteAction Command(
        string connector,
        string action,
        JsonElement inputs,
        string stepId,
        TimeSpan timeout,
        int maxAttempts,
        string? idempotencyKey,
        Guid? incidentId) => new(
        Guid.NewGuid(),
        Guid.NewGuid(),
        incidentId ?? Guid.NewGuid(),
        stepId,
        connector,
        action,
        inputs,
        idempotencyKey ?? Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture),
        timeout,
        maxAttempts,
        TimeProvider.System.GetUtcNow());
}
