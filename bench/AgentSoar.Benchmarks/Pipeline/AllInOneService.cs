using AgentSoar.Benchmarks.Services;

namespace AgentSoar.Benchmarks.Pipeline;

/// <summary>
/// The built all-in-one service as its own OS process (as the integration tests start it), with a
/// private data folder, a free loopback port, the benchmark's playbook folder and keys of its own.
/// </summary>
internal sealed class AllInOneService : IPipelineEndpoint, IAsyncDisposable
{
    private readonly string _data;
    private readonly ServiceProcess _process;

    private AllInOneService(ServiceProcess process, string data, string baseUrl, BenchKeys keys)
    {
        _process = process;
        _data = data;
        BaseUrl = baseUrl;
        Keys = keys;
    }

    public string BaseUrl { get; }

    public BenchKeys Keys { get; }

    public int Pid => _process.Pid;

    public string Output => _process.Output;

    public static async Task<AllInOneService> StartAsync(string repositoryRoot, string configuration, CancellationToken ct)
    {
        var data = Directory.CreateTempSubdirectory("agentsoar-bench-").FullName;
        var baseUrl = $"http://127.0.0.1:{LoopbackHttpServer.FreePort()}";
        var keys = BenchKeys.Create();
        var environment = new Dictionary<string, string>(BenchSettings.Common(repositoryRoot, keys))
        {
            ["AgentSoar__DataPath"] = data,
        };
        var process = ServiceProcess.Start(repositoryRoot, configuration, "AgentSoar.AllInOne", environment, baseUrl);
        var service = new AllInOneService(process, data, baseUrl, keys);
        try
        {
            await process.WaitUntilHealthyAsync($"{baseUrl}/health", coordinator: true, ct);
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }

        return service;
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }
}
