using AgentSoar.ConnectorHost.Tests.TestSupport;
using AgentSoar.Contracts.Actions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentSoar.ConnectorHost.Tests.Secrets;

public sealed class ConnectorSecretsTests
{
    [Fact]
    public async Task ExecuteAsync_ActionEchoesSecretInOutputAndLog_CanaryMaskedInBoth()
    {
        var logs = new ListLoggerProvider();
        using var host = new TestHost(configure: services => services.AddLogging(logging => logging.AddProvider(logs)));

        var result = await host.Executor.ExecuteAsync(Commands.Execute("test", "leak"), CancellationToken.None);

        Assert.Equal("the key is ***", result.Completed!.Output.GetProperty("text").GetString());
        Assert.Contains(logs.Lines, line => line.Contains("using key ***", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(TestHost.Canary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExecuteAsync_ExceptionMessageCarriesSecret_CanaryMaskedInErrorAndLogs()
    {
        var logs = new ListLoggerProvider();
        using var host = new TestHost(configure: services => services.AddLogging(logging => logging.AddProvider(logs)));

        var result = await host.Executor.ExecuteAsync(Commands.Execute("test", "crash"), CancellationToken.None);

        Assert.Contains("boom with key ***", result.Failed!.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(TestHost.Canary, result.Failed.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(TestHost.Canary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExecuteAsync_InputEchoesConfiguredSecret_MaskedBeforeTheActionReadsIt()
    {
        // ApiKey is secret by its name, so it is masked even in an echo the action never read through the store.
        using var host = new TestHost();

        var result = await host.Executor.ExecuteAsync(Commands.Execute("test", "echo", $$"""{"text":"{{TestHost.Canary}}"}"""), CancellationToken.None);

        Assert.Equal("***", result.Completed!.Output.GetProperty("text").GetString());
    }

    [Fact]
    public async Task ExecuteAsync_DeclaredSecretOption_IsMasked()
    {
        using var host = new TestHost(new Dictionary<string, string?> { ["AgentSoar:Connectors:test:Credential"] = "declared-credential-value" });

        var result = await host.Executor.ExecuteAsync(Commands.Execute("test", "echo", """{"text":"x declared-credential-value"}"""), CancellationToken.None);

        Assert.Equal("x ***", result.Completed!.Output.GetProperty("text").GetString());
    }

    [Fact]
    public async Task GetSecret_SecretFromFile_ReadWithoutTrailingNewlineAndMasked()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, "file-canary-7788\n");
            using var host = new TestHost(new Dictionary<string, string?>
            {
                ["AgentSoar:Connectors:test:ApiKey"] = null,
                ["AgentSoar:Connectors:test:ApiKey_FILE"] = path,
            });

            var store = host.Registry.FindConnector("test")!.Setup.Secrets;
            var result = await host.Executor.ExecuteAsync(Commands.Execute("test", "leak"), CancellationToken.None);

            Assert.Equal("file-canary-7788", store.GetSecret("ApiKey"));
            Assert.Equal("the key is ***", result.Completed!.Output.GetProperty("text").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Registry_SecretFileMissing_StartFailsNamingTheKey()
    {
        using var host = new TestHost(new Dictionary<string, string?> { ["AgentSoar:Connectors:test:ApiKey_FILE"] = "/nonexistent/agentsoar-secret" });

        var error = Assert.ThrowsAny<Exception>(() => host.Registry);

        Assert.Contains("AgentSoar:Connectors:test:ApiKey_FILE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_InvalidInputEchoingSecret_MaskedInError()
    {
        using var host = new TestHost();

        var result = await host.Executor.ExecuteAsync(Commands.Execute("test", "echo", $$"""{"text":"a","{{TestHost.Canary}}":1}"""), CancellationToken.None);

        Assert.Equal(ActionErrorKind.InvalidInput, result.Failed!.ErrorKind);
        Assert.DoesNotContain(TestHost.Canary, result.Failed.Error, StringComparison.Ordinal);
    }
}
