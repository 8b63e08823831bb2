using AgentSoar.Connectors.Sdk;

namespace AgentSoar.ConnectorHost.Plugins;

/// <summary>Loads a built connector plugin as the host loads each folder of its plugins folder.</summary>
public static class ConnectorPlugin
{
    /// <summary>
    /// Loads a plugin in a load context of its own and returns its connector classes: every public non-abstract class
    /// deriving from <see cref="Connector"/> in the plugin's own assembly.
    /// </summary>
    /// <param name="path">
    /// The plugin's folder (its assembly is the one its <c>.deps.json</c> is named after, or the one named like the
    /// folder), or the plugin's assembly itself, its dependencies beside it.
    /// </param>
    /// <returns>The connector types, to create with the host's services.</returns>
    /// <exception cref="FileNotFoundException">No plugin assembly at <paramref name="path"/>.</exception>
    /// <exception cref="BadImageFormatException">The file is not an assembly.</exception>
    /// <exception cref="InvalidOperationException">The assembly has no public connector class.</exception>
    public static IReadOnlyList<Type> LoadConnectorTypes(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var main = Path.GetFullPath(File.Exists(path) ? path : MainAssembly(path));
        var context = new PluginLoadContext(main);
        var assembly = context.LoadFromAssemblyPath(main);
        var types = assembly.GetExportedTypes().Where(t => typeof(Connector).IsAssignableFrom(t) && t is { IsAbstract: false, IsClass: true }).ToList();
        return types.Count > 0
            ? types
            : throw new InvalidOperationException($"{Path.GetFileName(main)} has no public connector class (one deriving from AgentSoar.Connectors.Sdk.Connector)");
    }

    /// <summary>The plugin's own assembly: the one its <c>.deps.json</c> is named after, or the one named like the folder.</summary>
    private static string MainAssembly(string folder)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        if (!Directory.Exists(folder))
        {
            throw new FileNotFoundException($"no plugin at '{folder}': expected a plugin folder or its .dll");
        }

        var deps = Directory.GetFiles(folder, "*.deps.json");
        var candidates = deps.Length == 1
            ? [Path.Combine(folder, Path.GetFileName(deps[0])[..^".deps.json".Length] + ".dll")]
            : new[] { Path.Combine(folder, name + ".dll") };
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"no plugin assembly in '{name}': expected one .deps.json with its .dll, or {name}.dll");
    }
}
