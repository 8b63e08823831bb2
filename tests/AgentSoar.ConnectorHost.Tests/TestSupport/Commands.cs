using System.Text.Json;
using AgentSoar.Contracts.Actions;

namespace AgentSoar.ConnectorHost.Tests.TestSupport;

public static class Commands
{
    public static ExecuteAction Execute(
        string connector,
        string action,
        string inputsJson = "{}",
        string? idempotencyKey = null,
        TimeSpan? timeout = null,
        int maxAttempts = 3) =>
        new(
            Guid.NewGuid(),
            Guid.NewGuid(),
            Guid.NewGuid(),
            "step-1",
            connector,
            action,
            JsonDocument.Parse(inputsJson).RootElement.Clone(),
            idempotencyKey ?? Guid.NewGuid().ToString("N"),
            timeout ?? TimeSpan.FromSeconds(10),
            maxAttempts,
            new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
}
