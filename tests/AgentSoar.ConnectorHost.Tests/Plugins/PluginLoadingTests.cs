using AgentSoar.ConnectorHost.Plugins;
using AgentSoar.ConnectorHost.Registry;
using AgentSoar.ConnectorHost.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSoar.ConnectorHost.Tests.Plugins;

/// <summary>
/// Connector plugins from a folder, each in its own load context: two plugins carry two versions of one library and
/// each sees its own; a plugin that cannot load is reported and the others run.
/// </summary>
public sealed class PluginLoadingTests : IDisposable
{
    private readonly DirectoryInfo _plugins = Directory.CreateTempSubdirectory("agentsoar-plugins-");

    public PluginLoadingTests()
    {
        Install("AgentSoar.TestPlugin.Alpha", "alpha");
        Install("AgentSoar.TestPlugin.Beta", "beta");
    }

    public void Dispose() => _plugins.Delete(recursive: true);

    [Fact]
    public void Registry_TwoPluginsWithTwoVersionsOfALibrary_LoadsBoth()
    {
        using var host = Host();

        Assert.Contains("alpha", host.Registry.ConnectorNames);
        Assert.Contains("beta", host.Registry.ConnectorNames);
    }

    [Theory]
    [InlineData("alpha", "1", "1.0.0.0")]
    [InlineData("beta", "2", "2.0.0.0")]
    public async Task Execute_EachPlugin_SeesItsOwnVersionOfTheLibrary(string connector, string helper, string assemblyVersion)
    {
        using var host = Host();

        var result = await host.Executor.ExecuteAsync(Commands.Execute(connector, "helper_version", "{}"), CancellationToken.None);

        var output = result.Completed!.Output;
        Assert.Equal((helper, assemblyVersion), (output.GetProperty("helper").GetString(), output.GetProperty("assembly_version").GetString()));
    }

    [Fact]
    public void Registry_PluginThatCannotLoad_IsReportedAndTheOthersRun()
    {
        var broken = Directory.CreateDirectory(Path.Combine(_plugins.FullName, "broken"));
        File.WriteAllText(Path.Combine(broken.FullName, "broken.dll"), "this is not an assembly");

        using var host = Host();

        Assert.Contains("alpha", host.Registry.ConnectorNames);
        var failure = Assert.Single(host.Services.GetServices<IConnectorSource>().OfType<PluginConnectorSource>().Single().Failures);
        Assert.Equal("broken", failure.Plugin);
        Assert.Contains("BadImageFormatException", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_FolderWithoutAnAssembly_IsReportedWithWhatWasExpected()
    {
        Directory.CreateDirectory(Path.Combine(_plugins.FullName, "empty"));

        using var host = Host();
        Assert.Contains("beta", host.Registry.ConnectorNames);

        var failure = Assert.Single(host.Services.GetServices<IConnectorSource>().OfType<PluginConnectorSource>().Single().Failures);
        Assert.Contains("expected one .deps.json with its .dll, or empty.dll", failure.Reason, StringComparison.Ordinal);
    }

    private TestHost Host() => new(new Dictionary<string, string?> { ["AgentSoar:ConnectorHost:PluginsPath"] = _plugins.FullName });

    /// <summary>Copies a built test plugin (same configuration as this test assembly) into the plugins folder.</summary>
    private void Install(string project, string folder)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var built = Path.Combine(RepositoryRoot.Path, "tests", "Plugins", project, "bin", configuration, "net10.0");
        Assert.True(Directory.Exists(built), $"the test plugin is not built: {built}");
        var target = Directory.CreateDirectory(Path.Combine(_plugins.FullName, folder)).FullName;
        foreach (var file in Directory.EnumerateFiles(built))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }
}
