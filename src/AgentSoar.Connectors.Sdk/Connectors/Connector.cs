using System.Reflection;

namespace AgentSoar.Connectors.Sdk;

/// <summary>
/// A connector: a named set of actions against one kind of system (a firewall, a directory, a
/// ticketing tool). Derive from <see cref="Connector{TOptions}"/> when the connector has settings,
/// from this class when it has none.
/// </summary>
/// <remarks>
/// <para>
/// The host creates the connector once, calls <see cref="CreateActions"/> once at start, and
/// disposes it at shutdown if it implements <see cref="IDisposable"/> or
/// <see cref="IAsyncDisposable"/> (the place to release an <c>HttpClient</c>). Actions are shared by
/// concurrent executions.
/// </para>
/// <para>
/// Throw from <see cref="CreateActions"/> only for a configuration the connector cannot work with;
/// the host then refuses to start and shows the message.
/// </para>
/// </remarks>
public abstract class Connector
{
    /// <summary>
    /// The name playbooks use (<c>firewall</c> in <c>firewall.block_ip</c>), the configuration section
    /// (<c>AgentSoar:Connectors:firewall</c>) and the queue (<c>agentsoar.connector.firewall</c>):
    /// lowercase letters, digits, <c>_</c> and <c>-</c>, starting with a letter.
    /// </summary>
    public abstract string Name { get; }

    /// <summary>One plain sentence: what the connector drives.</summary>
    public abstract string Description { get; }

    /// <summary>The connector's version; by default the informational version of its assembly.</summary>
    public virtual string Version
    {
        get
        {
            var assembly = GetType().Assembly;
            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString()
                ?? "0.0.0";

            // The build appends "+<commit>" to the informational version; the catalog wants the release.
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version[..plus];
        }
    }

    /// <summary>The type the host binds from configuration, or <see langword="null"/> when the connector has no options.</summary>
    public virtual Type? OptionsType => null;

    /// <summary>Creates the connector's actions. Called once, at start, after the options are bound and validated.</summary>
    /// <param name="setup">The options, secrets, logger and clock.</param>
    /// <returns>The actions, each with a distinct name.</returns>
    public abstract IReadOnlyList<ConnectorAction> CreateActions(ConnectorSetup setup);

    /// <summary>
    /// Checks that the connector can reach and use what it drives, without changing anything. The
    /// host runs it at start and logs the outcome; a failure does not stop the host.
    /// </summary>
    /// <remarks>The default reports success without checking anything. Return a failure rather than throwing.</remarks>
    /// <param name="setup">The options, secrets, logger and clock.</param>
    /// <param name="cancellationToken">Cancelled when the check takes too long or the host stops.</param>
    /// <returns>The outcome.</returns>
    public virtual Task<ConnectionTestResult> TestConnectionAsync(ConnectorSetup setup, CancellationToken cancellationToken) =>
        Task.FromResult(ConnectionTestResult.Success("The connector has no connection to test."));
}
