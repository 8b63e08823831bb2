using AgentSoar.ConnectorHost.Configuration;
using AgentSoar.ConnectorHost.Registry;
using AgentSoar.Connectors.Sdk;
using Microsoft.Extensions.Options;

namespace AgentSoar.ConnectorHost.Plugins;

/// <summary>
/// Connectors from the plugins folder (<see cref="ConnectorHostOptions.PluginsPath"/>): each subfolder is one plugin
/// (a connector library built with its dependencies), loaded in a <see cref="PluginLoadContext"/> of its own. A plugin
/// that cannot be loaded is reported, with why, and the others run.
/// </summary>
internal sealed partial class PluginConnectorSource(IOptions<ConnectorHostOptions> options, IServiceProvider services, ILogger<PluginConnectorSource> logger)
    : IConnectorSource
{
    private readonly List<PluginFailure> _failures = [];

    public string Description => $"the plugins folder '{options.Value.PluginsPath}'";

    /// <summary>The plugins that could not be loaded at the last look, each with why.</summary>
    public IReadOnlyList<PluginFailure> Failures => _failures;

    public IEnumerable<Connector> GetConnectors()
    {
        _failures.Clear();
        if (options.Value.PluginsPath is not { Length: > 0 } root)
        {
            return [];
        }

        if (!Directory.Exists(root))
        {
            LogNoFolder(logger, root);
            return [];
        }

        var connectors = new List<Connector>();
        foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            try
            {
                var loaded = Load(folder);
                connectors.AddRange(loaded);
                LogLoaded(logger, Path.GetFileName(folder), string.Join(", ", loaded.Select(c => c.Name)));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One bad plugin (missing file, bad image, a type that throws on construction) must not stop the others.
                var failure = new PluginFailure(Path.GetFileName(folder), $"{e.GetType().Name}: {e.Message}");
                _failures.Add(failure);
                LogFailed(logger, failure.Plugin, failure.Reason);
            }
        }

        return connectors;
    }

    private List<Connector> Load(string folder) =>
        [.. ConnectorPlugin.LoadConnectorTypes(folder).Select(type => (Connector)ActivatorUtilities.CreateInstance(services, type))];

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugin {Plugin} loaded: {Connectors}")]
    private static partial void LogLoaded(ILogger logger, string plugin, string connectors);

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {Plugin} could not be loaded, the other connectors run: {Reason}")]
    private static partial void LogFailed(ILogger logger, string plugin, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The plugins folder {Path} does not exist; no plugins are loaded")]
    private static partial void LogNoFolder(ILogger logger, string path);
}
