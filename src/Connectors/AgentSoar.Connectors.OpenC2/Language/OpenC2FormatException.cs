namespace AgentSoar.Connectors.OpenC2.Language;

/// <summary>An OpenC2 command or response that breaks the language: says what is wrong and where.</summary>
public sealed class OpenC2FormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The JSON path of the offending value (<c>$.target.ipv4_net</c>).</param>
    /// <param name="problem">What is wrong with it.</param>
    public OpenC2FormatException(string path, string problem)
        : base($"{path}: {problem}")
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The JSON path of the offending value, <c>$</c> for the whole document.</summary>
    public string Path { get; }

    /// <summary>What is wrong, without the path.</summary>
    public string Problem { get; }
}
