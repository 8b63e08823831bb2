namespace AgentSoar.Cli.Tests.TestSupport;

/// <summary>A scratch folder for one test's playbook files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("agentsoar-cli-tests-").FullName;
    }

    public string Path { get; }

    /// <summary>Writes a file under the folder (creating subfolders) and returns its path as the command prints it.</summary>
    public string Write(string relativePath, string content)
    {
        var file = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
        return file;
    }

    public string Folder(string relativePath)
    {
        var folder = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
