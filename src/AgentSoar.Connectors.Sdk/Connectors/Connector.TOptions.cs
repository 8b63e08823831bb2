namespace AgentSoar.Connectors.Sdk;

/// <summary>
/// A connector with settings of type <typeparamref name="TOptions"/>, bound from the configuration
/// section <c>AgentSoar:Connectors:&lt;Name&gt;</c> before <see cref="CreateActions(TOptions, ConnectorSetup)"/> runs.
/// </summary>
/// <remarks>
/// Give <typeparamref name="TOptions"/> safe defaults. The host validates it at start with its
/// <c>System.ComponentModel.DataAnnotations</c> attributes and, when it implements
/// <c>IValidatableObject</c>, its <c>Validate</c> method; each error is reported with the full
/// configuration path of the member it names (return member names like <c>Endpoints:siem:Url</c>
/// for nested settings). Mark secret properties with <see cref="SecretAttribute"/>.
/// </remarks>
/// <typeparam name="TOptions">The options class.</typeparam>
public abstract class Connector<TOptions> : Connector
    where TOptions : class, new()
{
    /// <inheritdoc />
    public sealed override Type OptionsType => typeof(TOptions);

    /// <inheritdoc />
    public sealed override IReadOnlyList<ConnectorAction> CreateActions(ConnectorSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        return CreateActions(OptionsOf(setup), setup);
    }

    /// <inheritdoc />
    public sealed override Task<ConnectionTestResult> TestConnectionAsync(ConnectorSetup setup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setup);
        return TestConnectionAsync(OptionsOf(setup), setup, cancellationToken);
    }

    /// <summary>Creates the connector's actions from its options.</summary>
    /// <param name="options">The bound, validated options.</param>
    /// <param name="setup">Secrets, logger and clock.</param>
    /// <returns>The actions, each with a distinct name.</returns>
    protected abstract IReadOnlyList<ConnectorAction> CreateActions(TOptions options, ConnectorSetup setup);

    /// <summary>Checks the connection with the given options; see <see cref="Connector.TestConnectionAsync(ConnectorSetup, CancellationToken)"/>.</summary>
    /// <param name="options">The bound, validated options.</param>
    /// <param name="setup">Secrets, logger and clock.</param>
    /// <param name="cancellationToken">Cancelled when the check takes too long or the host stops.</param>
    /// <returns>The outcome; the default reports success without checking anything.</returns>
    protected virtual Task<ConnectionTestResult> TestConnectionAsync(TOptions options, ConnectorSetup setup, CancellationToken cancellationToken) =>
        Task.FromResult(ConnectionTestResult.Success("The connector has no connection to test."));

    // A setup built by hand (a unit test) may carry no options: the defaults are what an empty section binds to.
    private static TOptions OptionsOf(ConnectorSetup setup) => setup.Options switch
    {
        null => new TOptions(),
        TOptions options => options,
        var other => throw new ArgumentException($"Expected options of type {typeof(TOptions).Name}, got {other.GetType().Name}.", nameof(setup)),
    };
}
