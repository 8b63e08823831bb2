namespace AgentSoar.Intake.Mappings;

/// <summary>A mapping file that cannot be used: the message names the file and the place in it.</summary>
public sealed class MappingFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file (or resource) name.</param>
    /// <param name="path">Where in the file, as a JSON path over the YAML (<c>$.severity.ranges[0].id</c>) or a line and column.</param>
    /// <param name="message">What is wrong.</param>
    public MappingFileException(string source, string path, string message)
        : base($"{source}: {path}: {message}")
    {
        Source = source;
        Location = path;
    }

    /// <summary>The file (or resource) name.</summary>
    public new string Source { get; }

    /// <summary>Where in the file.</summary>
    public string Location { get; }
}
