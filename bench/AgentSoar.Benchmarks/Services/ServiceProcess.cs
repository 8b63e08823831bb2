using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace AgentSoar.Benchmarks.Services;

/// <summary>
/// One built service (<c>src/NAME/bin/CONFIGURATION/net10.0/NAME.dll</c>) run as its own OS process, as the
/// integration tests start them, with its settings in the environment and its last lines of output kept.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _output = new();
    private readonly Process _process;

    private ServiceProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output => string.Join(Environment.NewLine, _output.TakeLast(60));

    public static ServiceProcess Start(string repositoryRoot, string configuration, string project, IReadOnlyDictionary<string, string> environment, string url)
    {
        var dll = Path.Combine(repositoryRoot, "src", project, "bin", configuration, "net10.0", project + ".dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the solution first ({configuration}): {dll} is missing.");
        }

        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(url);
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        var service = new ServiceProcess(project, process);
        process.OutputDataReceived += (_, e) => service.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => service.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>
    /// Ready when the health report at <paramref name="healthUrl"/> says the Coordinator is healthy (it knows the
    /// connectors), or, for a service without that check, when the report answers 200.
    /// </summary>
    public async Task WaitUntilHealthyAsync(string healthUrl, bool coordinator, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await http.GetAsync(healthUrl, ct);
                if (!coordinator && response.IsSuccessStatusCode)
                {
                    return;
                }

                var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement;
                if (coordinator && body.GetProperty("checks").TryGetProperty("coordinator", out var c) && c.GetProperty("status").GetString() == "healthy")
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
            {
                // Not listening yet, or not ready to answer.
            }

            await Task.Delay(200, ct);
        }

        throw new TimeoutException($"{Name} was not ready within 90 s:{Environment.NewLine}{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
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
