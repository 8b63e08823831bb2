using System.Collections.Concurrent;
using System.Diagnostics;

namespace AgentSoar.IntegrationTests.Infrastructure;

/// <summary>
/// One AgentSoar service as its own OS process; its output is kept for the failure message. With
/// <c>AGENTSOAR_TEST_SERVICE_LOGS</c> set to a folder, every line also goes to a file there, one per process,
/// for a failure whose cause lies further back than the lines a message can hold.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    /// <summary>Enough for the warnings of a fault test to outlast the stack traces logged after them.</summary>
    private const int KeptLines = 5000;

    private readonly ConcurrentQueue<string> _output = new();
    private StreamWriter? _file;
    private readonly Process _process;
    private bool _disposed;

    private ServiceProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public bool HasExited => _disposed || _process.HasExited;

    public string Output => string.Join(Environment.NewLine, _output.TakeLast(80));

    /// <summary>Every line kept (the newest <see cref="KeptLines"/>), for tests that look for what a process logged.</summary>
    public IReadOnlyList<string> Lines => _output.ToList();

    public static ServiceProcess Start(string project, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(RepoPaths.ServiceDll(project));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var service = new ServiceProcess(project, process);
        process.OutputDataReceived += (_, e) => service.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => service.Keep(e.Data);
        if (Environment.GetEnvironmentVariable("AGENTSOAR_TEST_SERVICE_LOGS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            service._file = new StreamWriter(Path.Combine(folder, $"{project}-{Guid.NewGuid():N}.log")) { AutoFlush = true };
        }

        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>Kill -9: no shutdown hooks, no flush — what a crash looks like.</summary>
    public void KillHard()
    {
        if (_disposed)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        KillHard();
        _disposed = true;
        _process.Dispose();
        lock (_output)
        {
            _file?.Dispose();
            _file = null;
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        lock (_output)
        {
            _file?.WriteLine(line);
        }

        while (_output.Count > KeptLines)
        {
            _output.TryDequeue(out _);
        }
    }
}
