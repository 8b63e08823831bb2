using AgentSoar.Contracts.ApiKeys;
using MassTransit;

namespace AgentSoar.Console.ApiKeys;

/// <summary>A key was made or revoked: this Console instance reads the keys again (each instance has its own queue).</summary>
public sealed class ApiKeysChangedConsumer(StoredApiKeysRefresher refresher) : IConsumer<ApiKeysChanged>
{
    public Task Consume(ConsumeContext<ApiKeysChanged> context)
    {
        refresher.RefreshSoon();
        return Task.CompletedTask;
    }
}
