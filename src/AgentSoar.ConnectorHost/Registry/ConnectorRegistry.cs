using System.Diagnostics.CodeAnalysis;
using AgentSoar.ConnectorHost.Configuration;
using AgentSoar.ConnectorHost.Execution;
using AgentSoar.ConnectorHost.Execution.Resilience;
using AgentSoar.ConnectorHost.Secrets;
using AgentSoar.Contracts.Connectors;
using Microsoft.Extensions.Options;

namespace AgentSoar.ConnectorHost.Registry;

/// <summary>
/// The connectors this host runs: every connector of every <see cref="IConnectorSource"/>, narrowed
/// to <c>AgentSoar:ConnectorHost:Connectors</c> when that list is not empty. Built once; a
/// configuration a connector cannot start with throws <see cref="ConnectorConfigurationException"/>.
/// </summary>
public sealed class ConnectorRegistry
{
    /// <summary>The key that puts every connector of the host in simulation mode.</summary>
    public const string SimulationKey = ConnectorLoader.ConnectorsSection + ":Simulation";

    private readonly Dictionary<string, RegisteredConnector> _connectors;

    /// <summary>Loads the connectors. Resolved from the container; not meant to be built by hand.</summary>
    public ConnectorRegistry(
        IEnumerable<IConnectorSource> sources,
        IConfiguration configuration,
        IOptions<ConnectorHostOptions> options,
        SecretMasker masker,
        ILoggerFactory loggerFactory,
        TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);

        var available = Discover(sources);
        var selected = Select(available, options.Value.Connectors);
        var simulateAll = ConfigurationFlag.Read(configuration[SimulationKey], SimulationKey);
        var loader = new ConnectorLoader(configuration, masker, loggerFactory, timeProvider);

        _connectors = selected
            .Select(connector => loader.Load(connector, simulateAll))
            .ToDictionary(connector => connector.Name, StringComparer.OrdinalIgnoreCase);
        ConnectorNames = [.. _connectors.Keys.Order(StringComparer.Ordinal)];
        Limits = new ActionLimits(configuration);
        foreach (var connector in _connectors.Values)
        {
            Limits.Check(connector.Name, connector.Actions.Keys); // a bad limit fails the start, not the first call
        }

        Resilience = ResilienceSettings.Read(configuration, options.Value, _connectors.Values.Select(connector => (connector.Name, (IReadOnlyCollection<string>)[.. connector.Actions.Keys])));

        Connectors = [.. ConnectorNames.Select(name => _connectors[name])];
        Catalog = [.. Connectors.Select(connector => connector.Info)];
    }

    /// <summary>
    /// The names of the connectors this host runs, sorted. The bus wiring makes one receive
    /// endpoint per name (see <c>ConnectorEndpoints.QueueName</c>).
    /// </summary>
    public IReadOnlyList<string> ConnectorNames { get; }

    /// <summary>The connectors this host runs, sorted by name.</summary>
    public IReadOnlyList<RegisteredConnector> Connectors { get; }

    /// <summary>The call limits of each connector and action (<c>AgentSoar:Connectors:NAME:Limits</c>).</summary>
    internal ActionLimits Limits { get; }

    /// <summary>The timeout, attempts, retry delays and circuit breaker of each connector and action (<c>AgentSoar:Connectors:NAME:Resilience</c>).</summary>
    internal ResilienceSettings Resilience { get; }

    /// <summary>What this host publishes in <see cref="ConnectorCatalogPublished"/>.</summary>
    public IReadOnlyList<ConnectorInfo> Catalog { get; }

    /// <summary>Finds a connector and one of its actions by name (case-insensitive).</summary>
    /// <param name="connector">The connector's name.</param>
    /// <param name="action">The action's name.</param>
    /// <param name="registeredConnector">The connector, when found.</param>
    /// <param name="registeredAction">The action, when found.</param>
    /// <returns>Whether both were found.</returns>
    public bool TryGetAction(
        string connector,
        string action,
        [NotNullWhen(true)] out RegisteredConnector? registeredConnector,
        [NotNullWhen(true)] out RegisteredAction? registeredAction)
    {
        registeredAction = null;
        if (!_connectors.TryGetValue(connector ?? "", out registeredConnector))
        {
            return false;
        }

        if (registeredConnector.Actions.TryGetValue(action ?? "", out registeredAction))
        {
            return true;
        }

        registeredConnector = null;
        return false;
    }

    /// <summary>Finds a connector by name (case-insensitive).</summary>
    /// <param name="name">The connector's name.</param>
    /// <returns>The connector, or <see langword="null"/>.</returns>
    public RegisteredConnector? FindConnector(string name) => _connectors.GetValueOrDefault(name ?? "");

    private static Dictionary<string, Connectors.Sdk.Connector> Discover(IEnumerable<IConnectorSource> sources)
    {
        var found = new Dictionary<string, (Connectors.Sdk.Connector Connector, IConnectorSource Source)>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in sources)
        {
            foreach (var connector in source.GetConnectors())
            {
                if (!NameRules.IsValid(connector.Name))
                {
                    throw new ConnectorConfigurationException($"A connector from {source.Description} is named '{connector.Name}'; connector names use {NameRules.Description}.");
                }

                if (found.TryGetValue(connector.Name, out var first))
                {
                    throw new ConnectorConfigurationException($"Two connectors are named '{connector.Name}': one from {first.Source.Description}, one from {source.Description}.");
                }

                found[connector.Name] = (connector, source);
            }
        }

        return found.ToDictionary(pair => pair.Key, pair => pair.Value.Connector, StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<Connectors.Sdk.Connector> Select(Dictionary<string, Connectors.Sdk.Connector> available, IList<string> wanted)
    {
        if (wanted.Count == 0)
        {
            return available.Values;
        }

        var missing = wanted.Where(name => !available.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            var known = available.Count == 0 ? "none" : string.Join(", ", available.Keys.Order(StringComparer.Ordinal));
            throw new ConnectorConfigurationException(
                $"{ConnectorHostOptions.SectionPath}:Connectors names {string.Join(", ", missing.Select(name => $"'{name}'"))}, which this host does not have; available: {known}.");
        }

        return wanted.Distinct(StringComparer.OrdinalIgnoreCase).Select(name => available[name]);
    }
}
