namespace AgentSoar.Connectors.Intel.Tests.TestSupport;

/// <summary>A folder of the test's own, deleted at the end.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "agentsoar-intel-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a file and stamps its modification time, so a rewrite within the same second is still seen.</summary>
    public string Write(string name, string content, DateTime? modified = null)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, content);
        if (modified is { } time)
        {
            File.SetLastWriteTimeUtc(file, time);
        }

        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
