using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace AgentSoar.Benchmarks.Pipeline;

/// <summary>
/// The built all-in-one service as its own OS process (as the integration tests start it), with a
/// private data folder, a free loopback port, the benchmark's playbook folder and two keys of its own.
/// </summary>
internal sealed class AllInOneService : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _output = new();
    private readonly string _data;
    private readonly Process _process;

    private AllInOneService(Process process, string data, string baseUrl, string ingestKey, string readerKey)
    {
        _process = process;
        _data = data;
        BaseUrl = baseUrl;
        IngestKey = ingestKey;
        ReaderKey = readerKey;
    }

    public string BaseUrl { get; }

    public string IngestKey { get; }

    public string ReaderKey { get; }

    public int Pid => _process.Id;

    public string Output => string.Join(Environment.NewLine, _output.TakeLast(60));

    public static async Task<AllInOneService> StartAsync(string repositoryRoot, string configuration, CancellationToken ct)
    {
        var dll = Path.Combine(repositoryRoot, "src", "AgentSoar.AllInOne", "bin", configuration, "net10.0", "AgentSoar.AllInOne.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the solution first ({configuration}): {dll} is missing.");
        }

        var data = Directory.CreateTempSubdirectory("agentsoar-bench-").FullName;
        var playbooks = Path.Combine(repositoryRoot, "bench", "playbooks");
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var ingestKey = "bench-ingest-" + Guid.NewGuid().ToString("N");
        var readerKey = "bench-reader-" + Guid.NewGuid().ToString("N");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseUrl);
        foreach (var (name, value) in Settings(data, playbooks, ingestKey, readerKey))
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        var service = new AllInOneService(process, data, baseUrl, ingestKey, readerKey);
        process.OutputDataReceived += (_, e) => service.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => service.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await service.WaitUntilReadyAsync(ct);
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
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    private static Dictionary<string, string> Settings(string data, string playbooks, string ingestKey, string readerKey) => new()
    {
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["AgentSoar__DataPath"] = data,
        ["AgentSoar__Coordinator__PlaybooksPath"] = playbooks,
        ["AgentSoar__Planner__PlaybooksPath"] = playbooks,
        ["AgentSoar__Coordinator__AutoStartPlaybooks__0"] = "bench-*",
        // The alert source must not be the limit being measured: its token bucket is set far above any rate reached here.
        ["AgentSoar__Api__Keys__0__Name"] = "bench-ingest",
        ["AgentSoar__Api__Keys__0__Key"] = ingestKey,
        ["AgentSoar__Api__Keys__0__Roles__0"] = "ingest",
        ["AgentSoar__Api__Keys__0__AlertsPerSecond"] = "1000000",
        ["AgentSoar__Api__Keys__0__AlertBurst"] = "1000000",
        ["AgentSoar__Api__Keys__1__Name"] = "bench-reader",
        ["AgentSoar__Api__Keys__1__Key"] = readerKey,
        ["AgentSoar__Api__Keys__1__Roles__0"] = "analyst",
    };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Ready when the health report says the Coordinator is healthy (it knows the connectors).</summary>
    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The all-in-one service exited with {_process.ExitCode}:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await http.GetAsync($"{BaseUrl}/health", ct);
                var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement;
                if (body.GetProperty("checks").TryGetProperty("coordinator", out var c) && c.GetProperty("status").GetString() == "healthy")
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException)
            {
                // Not listening yet, or not ready to answer.
            }

            await Task.Delay(200, ct);
        }

        throw new TimeoutException($"The all-in-one service was not ready within 90 s:{Environment.NewLine}{Output}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200)
        {
            _output.TryDequeue(out _);
        }
    }
}
