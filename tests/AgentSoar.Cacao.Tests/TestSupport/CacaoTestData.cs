using AgentSoar.Cacao.Schemas;

namespace AgentSoar.Cacao.Tests.TestSupport;

/// <summary>The shared CACAO test data beside the checkout: the official schemas and the example playbooks.</summary>
internal static class CacaoTestData
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot.SharedTestData, "cacao");

    public static string SchemaFolder { get; } = Path.Combine(Folder, "schemas");

    public static JsonSchemaSet Schemas { get; } = JsonSchemaSet.LoadFolder(SchemaFolder);

    /// <summary>Every example playbook, by file name.</summary>
    public static IEnumerable<string> Examples => Directory.EnumerateFiles(Path.Combine(Folder, "examples"), "*.json").Order(StringComparer.Ordinal);

    public static TheoryData<string> ExampleNames()
    {
        var data = new TheoryData<string>();
        foreach (var example in Examples)
        {
            data.Add(Path.GetFileName(example));
        }

        return data;
    }

    public static string Example(string name) => File.ReadAllText(Path.Combine(Folder, "examples", name));
}
