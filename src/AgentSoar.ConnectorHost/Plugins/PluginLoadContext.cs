using System.Reflection;
using System.Runtime.Loader;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.ConnectorHost.Plugins;

/// <summary>
/// One plugin's own load context: its assemblies resolve from its own folder (its <c>.deps.json</c>), so two plugins
/// can carry different versions of the same dependency. The SDK, and what the SDK's public surface is made of, come
/// from the host: a plugin's <see cref="Connector"/> must be the host's <see cref="Connector"/> type.
/// </summary>
internal sealed class PluginLoadContext(string mainAssemblyPath) : AssemblyLoadContext(Path.GetFileNameWithoutExtension(mainAssemblyPath), isCollectible: false)
{
    private static readonly HashSet<string> Shared = SharedAssemblies();

    private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is { } name && Shared.Contains(name))
        {
            return null; // the host's copy, from the default context
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }

    /// <summary>The SDK and the assemblies it references (logging and options abstractions...), by name.</summary>
    private static HashSet<string> SharedAssemblies()
    {
        var sdk = typeof(Connector).Assembly;
        var names = sdk.GetReferencedAssemblies().Select(a => a.Name!).Append(sdk.GetName().Name!);
        return new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
    }
}
