using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.TestPlugin.Nonconforming;

/// <summary>Maps its action to an OpenC2 action that does not exist; starts only with its one required setting.</summary>
public sealed class NonconformingConnector : Connector<NonconformingOptions>
{
    /// <inheritdoc/>
    public override string Name => "nonconforming";

    /// <inheritdoc/>
    public override string Description => "Test plugin that breaks the conformance kit's rules.";

    /// <inheritdoc/>
    protected override IReadOnlyList<ConnectorAction> CreateActions(NonconformingOptions options, ConnectorSetup setup) => [new ZapAction()];
}

/// <summary>The connector's settings.</summary>
public sealed class NonconformingOptions
{
    /// <summary>Required, so that a test can tell whether the settings reached the connector.</summary>
    [Required]
    public string? Region { get; set; }
}

/// <summary>Zaps an address.</summary>
internal sealed class ZapAction : ConnectorAction<ZapInput, ZapOutput>
{
    public override ActionMetadata Metadata { get; } = new("zap", "Zaps an address.", ActionRisk.Low)
    {
        Mutating = false,
        OpenC2 = new OpenC2Mapping("zap", "ipv4_net"),
    };

    public override Task<ActionResult<ZapOutput>> ExecuteAsync(ZapInput input, ActionContext context) =>
        Task.FromResult<ActionResult<ZapOutput>>(new ZapOutput(input.Target));
}

/// <summary>What to zap.</summary>
/// <param name="Target">The address.</param>
public sealed record ZapInput([Description("The address.")] string Target);

/// <summary>What was zapped.</summary>
/// <param name="Target">The address.</param>
public sealed record ZapOutput([Description("The address.")] string Target);
