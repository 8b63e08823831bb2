using System.Text.Json.Nodes;

namespace AgentSoar.Cacao.Tests.TestSupport;

/// <summary>Import and export with the shared schemas and a fixed clock, failing the test with the problems when a step fails.</summary>
internal static class Conversions
{
    public static CacaoConversionResult Import(string json, CacaoMode mode = CacaoMode.Tolerant, string name = "in.json") =>
        CacaoImporter.Import(json, name, "out.yaml", CacaoTestData.Schemas, mode);

    public static CacaoConversionResult Export(string yaml, CacaoMode mode = CacaoMode.Tolerant, string name = "in.yaml") =>
        CacaoExporter.Export(yaml, name, "out.json", CacaoTestData.Schemas, mode, FixedClock.Instance);

    public static string ImportText(string json, CacaoMode mode = CacaoMode.Tolerant) => Text(Import(json, mode));

    public static JsonObject ExportJson(string yaml, CacaoMode mode = CacaoMode.Tolerant) => (JsonObject)JsonNode.Parse(Text(Export(yaml, mode)))!;

    public static string Text(CacaoConversionResult result)
    {
        Assert.True(result.Succeeded, "the conversion failed:\n" + string.Join("\n", result.Problems));
        return result.Text!;
    }
}
