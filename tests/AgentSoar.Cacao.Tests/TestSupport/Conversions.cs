using System.Text.Json.Nodes;
using AgentSoar.Cacao.OpenC2;

namespace AgentSoar.Cacao.Tests.TestSupport;

/// <summary>Import and export with the shared schemas and a fixed clock, failing the test with the problems when a step fails.</summary>
internal static class Conversions
{
    public static CacaoConversionResult Import(string json, CacaoMode mode = CacaoMode.Tolerant, string name = "in.json", OpenC2Catalog? openC2 = null) =>
        CacaoImporter.Import(json, name, "out.yaml", CacaoTestData.Schemas, mode, openC2);

    public static CacaoConversionResult Export(string yaml, CacaoMode mode = CacaoMode.Tolerant, string name = "in.yaml", OpenC2Catalog? openC2 = null) =>
        CacaoExporter.Export(yaml, name, "out.json", CacaoTestData.Schemas, mode, FixedClock.Instance, openC2);

    public static string ImportText(string json, CacaoMode mode = CacaoMode.Tolerant) => Text(Import(json, mode));

    public static JsonObject ExportJson(string yaml, CacaoMode mode = CacaoMode.Tolerant, OpenC2Catalog? openC2 = null) =>
        (JsonObject)JsonNode.Parse(Text(Export(yaml, mode, openC2: openC2)))!;

    public static string Text(CacaoConversionResult result)
    {
        Assert.True(result.Succeeded, "the conversion failed:\n" + string.Join("\n", result.Problems));
        return result.Text!;
    }
}
