using System.Reflection;

namespace AgentSoar.Intake.Mappings;

/// <summary>
/// The mappings the normaliser can use, by name: the shipped ones (the repository's <c>mappings/</c>
/// folder, embedded in this assembly) and any loaded from a folder, which replace shipped ones of the same name.
/// </summary>
public sealed class MappingCatalog
{
    private const string ResourcePrefix = "mappings/";
    private readonly SortedDictionary<string, AlertMapping> _byName;

    private MappingCatalog(SortedDictionary<string, AlertMapping> byName) => _byName = byName;

    /// <summary>The shipped mappings (Elastic, Wazuh).</summary>
    public static MappingCatalog Shipped { get; } = LoadShipped();

    /// <summary>An empty catalog.</summary>
    public static MappingCatalog Empty { get; } = new(new(StringComparer.Ordinal));

    /// <summary>The mappings, in name order.</summary>
    public IReadOnlyCollection<AlertMapping> Mappings => _byName.Values;

    /// <summary>The mapping called <paramref name="name"/>, or null.</summary>
    /// <param name="name">The mapping's name.</param>
    /// <returns>The mapping, or null.</returns>
    public AlertMapping? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>This catalog plus every <c>*.yaml</c>/<c>*.yml</c> file of <paramref name="folder"/> (not recursive); a file's mapping replaces one of the same name.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The combined catalog.</returns>
    /// <exception cref="MappingFileException">A file is not a valid mapping, or two files in the folder share a name.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public MappingCatalog WithFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No mappings folder {folder}");
        }

        var combined = new SortedDictionary<string, AlertMapping>(_byName, StringComparer.Ordinal);
        var fromFolder = new HashSet<string>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(folder, "*.yaml").Concat(Directory.EnumerateFiles(folder, "*.yml")).Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var mapping = MappingReader.Read(File.ReadAllText(file), file);
            if (!fromFolder.Add(mapping.Name))
            {
                throw new MappingFileException(file, "$.name", $"another file in {folder} is also named '{mapping.Name}'");
            }

            combined[mapping.Name] = mapping;
        }

        return new MappingCatalog(combined);
    }

    /// <summary>A catalog of mappings given as YAML text (tests, embedding hosts).</summary>
    /// <param name="yamlByName">The YAML of each mapping, keyed by where it came from (used in error messages).</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="MappingFileException">A text is not a valid mapping.</exception>
    public static MappingCatalog FromYaml(IEnumerable<KeyValuePair<string, string>> yamlByName)
    {
        ArgumentNullException.ThrowIfNull(yamlByName);
        var byName = new SortedDictionary<string, AlertMapping>(StringComparer.Ordinal);
        foreach (var (source, yaml) in yamlByName)
        {
            var mapping = MappingReader.Read(yaml, source);
            byName[mapping.Name] = mapping;
        }

        return new MappingCatalog(byName);
    }

    private static MappingCatalog LoadShipped()
    {
        var assembly = typeof(MappingCatalog).Assembly;
        var texts = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => KeyValuePair.Create("shipped:" + n[ResourcePrefix.Length..], Read(assembly, n)));
        return FromYaml(texts);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
