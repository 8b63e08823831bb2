using AgentSoar.ConnectorHost.Messaging;
using AgentSoar.ConnectorHost.Tests.TestSupport;
using AgentSoar.Contracts.Actions;
using AgentSoar.Contracts.Connectors;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgentSoar.ConnectorHost.Tests.Messaging;

/// <summary>The consumers and the start-up catalog on MassTransit's in-memory transport, wired as a real host would.</summary>
public sealed class ConnectorHostBusTests : IAsyncLifetime
{
    private IHost _host = null!;

    private ITestHarness Harness => _host.Services.GetRequiredService<ITestHarness>();

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AgentSoar:ConnectorHost:HostId"] = "host-under-test",
            ["AgentSoar:ConnectorHost:Connectors:0"] = "simulation",
        });
        builder.Services.AddAgentSoarConnectorHost(builder.Configuration);
        builder.Services.AddMassTransitTestHarness(bus =>
        {
            bus.AddConnectorHostConsumers();
            bus.UsingInMemory((context, transport) =>
            {
                transport.ConfigureConnectorEndpoints(context);
                transport.ConfigureEndpoints(context);
            });
        });
        _host = builder.Build();
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    [Fact]
    public async Task Start_HostStarts_PublishesItsCatalog()
    {
        Assert.True(await Harness.Published.Any<ConnectorCatalogPublished>(message => message.Context.Message.HostId == "host-under-test"));
        var catalog = Harness.Published.Select<ConnectorCatalogPublished>().First().Context.Message;
        Assert.Equal(["simulation"], catalog.Connectors.Select(c => c.Name));
    }

    [Fact]
    public async Task ExecuteAction_SentToConnectorQueue_PublishesActionCompleted()
    {
        var command = Commands.Execute("simulation", "lookup_ip", """{"ip":"203.0.113.5"}""");
        var endpoint = await Harness.Bus.GetSendEndpoint(new Uri($"queue:{ConnectorEndpoints.QueueName("simulation")}"));

        await endpoint.Send(command);

        Assert.True(await Harness.Published.Any<ActionCompleted>(message => message.Context.Message.ExecutionId == command.ExecutionId));
        var completed = Harness.Published.Select<ActionCompleted>(message => message.Context.Message.ExecutionId == command.ExecutionId).Single().Context.Message;
        Assert.Equal("malicious", completed.Output.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task ExecuteAction_InvalidInput_PublishesActionFailed()
    {
        var command = Commands.Execute("simulation", "block_ip", """{"address":"203.0.113.5"}""");
        var endpoint = await Harness.Bus.GetSendEndpoint(new Uri($"queue:{ConnectorEndpoints.QueueName("simulation")}"));

        await endpoint.Send(command);

        Assert.True(await Harness.Published.Any<ActionFailed>(message =>
            message.Context.Message.ExecutionId == command.ExecutionId && message.Context.Message.ErrorKind == ActionErrorKind.InvalidInput));
    }

    [Fact]
    public async Task CatalogRequested_Published_HostAnswersWithItsCatalog()
    {
        await Harness.Published.Any<ConnectorCatalogPublished>();

        await Harness.Bus.Publish(new ConnectorCatalogRequested("coordinator-1", DateTimeOffset.UnixEpoch));

        Assert.True(await Harness.Consumed.Any<ConnectorCatalogRequested>());
        Assert.True(await WaitUntil(() => Harness.Published.Select<ConnectorCatalogPublished>().Count() >= 2));
    }

    private static async Task<bool> WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        return condition();
    }
}
