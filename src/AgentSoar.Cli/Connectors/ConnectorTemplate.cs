using System.Text.RegularExpressions;

namespace AgentSoar.Cli.Connectors;

/// <summary>
/// The files of the <c>agentsoar-connector</c> dotnet new template (templates/agentsoar-connector), embedded in
/// this assembly, written with the same replacements <c>dotnet new agentsoar-connector -n NAME</c> makes.
/// </summary>
internal static partial class ConnectorTemplate
{
    /// <summary>The template's default for its AgentSoarRoot parameter.</summary>
    public const string DefaultAgentSoarRoot = "../agentsoar";

    private const string Prefix = "template/";
    private const string SourceName = "Example";
    private const string LowerSourceName = "example";
    private const string RootPlaceholder = "AGENTSOAR_ROOT_PATH";

    public static bool IsValidName(string name) => name.Length <= 64 && Name().IsMatch(name);

    /// <summary>The template's files, as paths relative to the generated folder with '/' between levels.</summary>
    public static IReadOnlyList<string> Files =>
        [.. Resources().Select(resource => resource[Prefix.Length..]).Order(StringComparer.Ordinal)];

    /// <summary>Writes the template into <paramref name="folder"/> for the connector <paramref name="name"/>.</summary>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> Write(string folder, string name, string agentSoarRoot)
    {
        var assembly = typeof(ConnectorTemplate).Assembly;
        var written = new List<string>();
        foreach (var resource in Resources().Order(StringComparer.Ordinal))
        {
            var relative = Replace(resource[Prefix.Length..], name, agentSoarRoot);
            var file = Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            File.WriteAllText(file, Replace(reader.ReadToEnd(), name, agentSoarRoot));
            written.Add(file);
        }

        return written;
    }

    private static string Replace(string text, string name, string agentSoarRoot) => text
        .Replace(RootPlaceholder, agentSoarRoot, StringComparison.Ordinal)
        .Replace(SourceName, name, StringComparison.Ordinal)
        .Replace(LowerSourceName, name.ToLowerInvariant(), StringComparison.Ordinal);

    private static IEnumerable<string> Resources() =>
        typeof(ConnectorTemplate).Assembly.GetManifestResourceNames().Where(resource => resource.StartsWith(Prefix, StringComparison.Ordinal));

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();
}
