using System.Text.Json.Nodes;
using AgentSoar.Connectors.Sdk;
using AgentSoar.Connectors.Testing;
using Xunit.Sdk;

namespace AgentSoar.Connectors.Conformance.Tests.Kit;

/// <summary>The kit fails connectors that break its rules (the kits below are not public, so xunit does not run them itself).</summary>
public sealed class ConformanceKitTests
{
    [Fact]
    public async Task CanaryCheck_ConnectorPutsSecretInOutput_Fails()
    {
        var error = await Assert.ThrowsAnyAsync<XunitException>(() => new LeakyKit().Execute_WithCanarySecret_NeverLeaksIt());
        Assert.Contains("output before masking", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellationCheck_ActionIgnoresToken_Fails()
    {
        var error = await Assert.ThrowsAnyAsync<XunitException>(() => new DeafKit().Execute_WithCancelledToken_StopsPromptly());
        Assert.Contains("wait: still running", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidInputCheck_ActionThrows_Fails()
    {
        var error = await Assert.ThrowsAnyAsync<XunitException>(() => new ThrowingKit().Execute_WithInvalidInput_FailsAsInvalidInput());
        Assert.Contains("threw ArgumentException", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MetadataCheck_UnknownOpenC2Action_Fails()
    {
        var error = Assert.ThrowsAny<XunitException>(() => new BadMetadataKit().Metadata_OfConnectorAndActions_IsValid());
        Assert.Contains("OpenC2 action 'zap'", error.Message, StringComparison.Ordinal);
    }

    private sealed class LeakyKit : ConnectorConformanceTests<LeakyConnector>
    {
    }

    private sealed class DeafKit : ConnectorConformanceTests<DeafConnector>
    {
        protected override TimeSpan CancellationGrace => TimeSpan.FromMilliseconds(300);
    }

    private sealed class ThrowingKit : ConnectorConformanceTests<ThrowingConnector>
    {
        protected override IEnumerable<JsonObject> InvalidInputs(ConnectorAction action) => [new JsonObject { ["text"] = "bad" }];
    }

    private sealed class BadMetadataKit : ConnectorConformanceTests<BadMetadataConnector>
    {
    }
}
