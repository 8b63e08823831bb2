using System.Globalization;
using System.Reflection;

namespace AgentSoar.Storage;

/// <summary>
/// Finds the embedded scripts of an engine (<c>Migrations/Scripts/{engine}/NNNN_name.sql</c>). Versions must
/// run 1, 2, 3... without gaps: a gap means a script was lost, and applying the rest would be wrong.
/// </summary>
internal static class MigrationCatalog
{
    private const string Prefix = "AgentSoar.Storage.Migrations/";

    public static IReadOnlyList<MigrationScript> For(string engine)
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var enginePrefix = Prefix + engine + "/";
        var scripts = assembly.GetManifestResourceNames()
            .Where(name => name.Replace('\\', '/').StartsWith(enginePrefix, StringComparison.Ordinal))
            .Select(name => Load(assembly, name, name.Replace('\\', '/')[enginePrefix.Length..]))
            .OrderBy(script => script.Version)
            .ToList();

        for (var i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"The {engine} migrations must be numbered 1, 2, 3... without gaps; found {scripts[i].Name} where version {i + 1} was expected.");
            }
        }

        return scripts.Count > 0 ? scripts : throw new InvalidOperationException($"No migration scripts are embedded for {engine}.");
    }

    private static MigrationScript Load(Assembly assembly, string resourceName, string fileName)
    {
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration script '{fileName}' must be named NNNN_description.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Migration script '{resourceName}' can't be read.");
        using var reader = new StreamReader(stream);
        return new MigrationScript(version, fileName, reader.ReadToEnd());
    }
}
