namespace AgentSoar.Connectors.Sdk;

/// <summary>What the host hands a connector once, at start, to create its actions.</summary>
/// <remarks>Every property has a harmless default, so a connector's own tests can build one.</remarks>
public sealed class ConnectorSetup
{
    /// <summary>
    /// The options bound from <c>AgentSoar:Connectors:&lt;name&gt;</c> and validated, an instance of
    /// <see cref="Connector.OptionsType"/>; <see langword="null"/> for a connector without options.
    /// </summary>
    public object? Options { get; init; }

    /// <summary>The connector's secrets (the same store the action contexts carry).</summary>
    public ISecretStore Secrets { get; init; } = EmptySecretStore.Instance;

    /// <summary>A log for start-time messages.</summary>
    public IActionLogger Logger { get; init; } = NullActionLogger.Instance;

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
