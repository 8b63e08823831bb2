using AgentSoar.Contracts.ApiKeys;
using AgentSoar.Hosting.Bus;

namespace AgentSoar.Console.ApiKeys;

public static class ApiKeyAdministrationSetup
{
    /// <summary>
    /// API keys made in the console: the admin service, the reader that keeps the accepted keys current, and a queue of
    /// this instance's own for the change events, so a revocation reaches every Console instance.
    /// </summary>
    public static IServiceCollection AddAgentSoarApiKeyAdministration(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<StoredApiKeysRefresher>();
        services.AddHostedService(sp => sp.GetRequiredService<StoredApiKeysRefresher>());
        services.AddSingleton<ApiKeyAdministration>();
        services.AgentSoarBus().Consumers.Add(bus =>
        {
            bus.AddRequestClient<CreateApiKey>();
            bus.AddRequestClient<RevokeApiKey>();
            bus.AddRequestClient<GetApiKeys>();
            bus.AddRequestClient<GetActiveApiKeys>();
            bus.AddConsumer<ApiKeysChangedConsumer>().Endpoint(endpoint =>
            {
                endpoint.Temporary = true;
                endpoint.InstanceId = $"console-keys-{Environment.MachineName}-{Environment.ProcessId}".ToLowerInvariant();
            });
        });
        return services;
    }
}
