using AgentSoar.Console.Alerts;
using AgentSoar.Console.Api;
using AgentSoar.Console.ApiKeys;
using AgentSoar.Console.Auth;
using AgentSoar.Contracts.ApiKeys;
using AgentSoar.Hosting.Bus;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AgentSoar.Console.Tests.ApiKeys;

/// <summary>A Console instance's stored keys follow the Coordinator's: read at start, read again when a change is announced on the bus.</summary>
public sealed class StoredApiKeysRefresherTests
{
    private const string Key = "as_0123456789abcdef0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task Refresher_RevocationAnnounced_TheKeyIsRefusedWithoutWaitingForThePeriodicRead()
    {
        var coordinator = new FakeCoordinatorKeys([new ActiveApiKey("edr", Convert.ToHexStringLower(ApiKeyStore.Hash(Key)), ["ingest"], null, null, null)]);
        using var host = Build(coordinator);
        await host.StartAsync();
        try
        {
            var store = host.Services.GetRequiredService<ApiKeyStore>();
            await WaitUntilAsync(() => store.Find(Key) is not null, "the key read at start");

            coordinator.Keys = [];
            await host.Services.GetRequiredService<IBus>().Publish(new ApiKeysChanged(Guid.NewGuid(), DateTimeOffset.UnixEpoch));

            await WaitUntilAsync(() => store.Find(Key) is null, "the revoked key refused");
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Refresher_RequestCannotBeSentAtFirst_KeepsTheConsoleUpAndReadsTheKeysOnceItCan()
    {
        // As when the broker refuses the request (its connection cut, a permission withdrawn): the request never leaves.
        var refusals = 3;
        var coordinator = new FakeCoordinatorKeys([new ActiveApiKey("edr", Convert.ToHexStringLower(ApiKeyStore.Hash(Key)), ["ingest"], null, null, null)]);
        using var host = Build(coordinator, (_, cfg) => cfg.ConfigurePublish(p => p.UseExecute(context =>
        {
            if (context is PublishContext<GetActiveApiKeys> && Interlocked.Decrement(ref refusals) >= 0)
            {
                throw new InvalidOperationException("the broker refused the request");
            }
        })));
        await host.StartAsync();
        try
        {
            var store = host.Services.GetRequiredService<ApiKeyStore>();
            await WaitUntilAsync(() => store.Find(Key) is not null, "the key read once the request could be sent");
            Assert.False(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static IHost Build(FakeCoordinatorKeys coordinator, Action<IBusRegistrationContext, IBusFactoryConfigurator>? configureBus = null)
    {
        var builder = Host.CreateApplicationBuilder();

        // An hour: only the announcement can make the test pass in time.
        builder.Configuration["AgentSoar:Api:StoredKeysRefresh"] = "01:00:00";
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<ApiKeyOptions>().Bind(builder.Configuration.GetSection(ApiKeyOptions.Section));
        builder.Services.AddSingleton<ApiKeyStore>();
        builder.Services.AddSingleton<AlertIntake>();
        builder.Services.AddSingleton<CoordinatorClient>();
        builder.Services.AddAgentSoarApiKeyAdministration();
        builder.Services.AddSingleton(coordinator);
        builder.Services.AgentSoarBus().Consumers.Add(bus => bus.AddConsumer<FakeCoordinatorKeysConsumer>());
        if (configureBus is not null)
        {
            builder.Services.AgentSoarBus().Endpoints.Add(configureBus);
        }

        builder.AddAgentSoarBus();
        return builder.Build();
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 100; i++)
        {
            if (condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"timed out waiting for {what}");
    }

    /// <summary>The Coordinator's list of keys in force, as the test sets it.</summary>
    public sealed class FakeCoordinatorKeys(IReadOnlyList<ActiveApiKey> keys)
    {
        public IReadOnlyList<ActiveApiKey> Keys { get; set; } = keys;
    }

    /// <summary>Plays the Coordinator's answer to <see cref="GetActiveApiKeys"/>.</summary>
    public sealed class FakeCoordinatorKeysConsumer(FakeCoordinatorKeys coordinator) : IConsumer<GetActiveApiKeys>
    {
        public Task Consume(ConsumeContext<GetActiveApiKeys> context) => context.RespondAsync(new ActiveApiKeys(coordinator.Keys));
    }
}
