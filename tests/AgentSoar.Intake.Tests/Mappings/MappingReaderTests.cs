using AgentSoar.Intake.Mappings;

namespace AgentSoar.Intake.Tests.Mappings;

public sealed class MappingReaderTests
{
    private const string Valid = """
        name: custom
        match:
          - equals: { path: source, value: acme }
        product: { name: Acme IDS }
        fields:
          finding_info.title: { from: [alert.signature, alert.name] }
          finding_info.uid: { from: alert.id }
          time: { from: ts, type: time }
          finding_info.types: { value: [IDS] }
        severity:
          from: alert.severity
          values: { sev1: 5, sev2: 4 }
          default: 1
        attacks:
          - techniques: alert.mitre
        observables:
          - { from: "alert.hosts[].ip", type: ip, name: src_endpoint.ip }
        """;

    [Fact]
    public void Read_ValidMapping_NormalisesAMatchingAlert()
    {
        var catalog = MappingCatalog.FromYaml([KeyValuePair.Create("custom.yaml", Valid)]);
        var alert = """{"source": "acme", "ts": 1773480000, "alert": {"id": "a-1", "name": "Port scan", "severity": "SEV2", "mitre": ["T1046"], "hosts": [{"ip": "10.0.0.1"}, {"ip": "10.0.0.2"}]}}""";

        var result = new AlertNormalizer(catalog).Normalize(alert);

        Assert.Equal(AlertFormat.Mapping("custom"), result.Format);
        Assert.Equal("Port scan", result.Facts.Title);
        Assert.Equal(4, result.Facts.SeverityId);
        Assert.Equal(1773480000000, result.Finding["time"]!.GetValue<long>());
        Assert.Equal(["T1046"], result.Facts.Techniques);
        Assert.Equal(["10.0.0.1", "10.0.0.2"], result.Facts.Observables.Select(o => o.Value));
        Assert.Equal("IDS", result.Finding["finding_info"]!["types"]![0]!.GetValue<string>());
    }

    [Fact]
    public void Read_UnknownSeverityWordWithDefault_UsesTheDefault()
    {
        var catalog = MappingCatalog.FromYaml([KeyValuePair.Create("custom.yaml", Valid)]);

        var result = new AlertNormalizer(catalog).Normalize("""{"source": "acme", "alert": {"name": "x", "severity": "sev9"}}""");

        Assert.Equal(1, result.Facts.SeverityId);
    }

    [Theory]
    [InlineData("name: x\nmatch: [ { exists: a } ]\nproduct: { name: P }\nfeilds: {}", "$.feilds", "unknown key")]
    [InlineData("name: x\nmatch: [ { exists: a } ]\nproduct: { name: P }\nfields: { class_uid: { value: 1 } }", "$.fields.class_uid", "set by the normaliser")]
    [InlineData("name: x\nmatch: [ { exists: a } ]\nproduct: { name: P }\nfields: { finding_info.title: { from: a, value: b } }", "$.fields['finding_info.title']", "either from")]
    [InlineData("name: x\nmatch: [ { exists: a } ]\nproduct: { name: P }\nseverity: { from: a, ranges: [ { min: 0, max: 3, id: 9 } ] }", "$.severity.ranges[0].id", "severity_id")]
    [InlineData("name: x\nmatch: [ { exists: a } ]\nproduct: { name: P }\nobservables: [ { from: a, type: ipv4 } ]", "$.observables[0].type", "'ipv4'")]
    [InlineData("name: x\nmatch: [ { exists: 'a[x]' } ]\nproduct: { name: P }", "$.match[0].exists", "neither [] nor an index")]
    [InlineData("name: X Y\nmatch: [ { exists: a } ]\nproduct: { name: P }", "$.name", "lower-case")]
    [InlineData("name: x\nmatch: []\nproduct: { name: P }", "$.match", "non-empty list")]
    [InlineData("name: x\nmatch: [ { exists: a } ]", "$.product", "required")]
    [InlineData("name: x\n  bad: [", "line", "")]
    [InlineData("a: &x [1]\nb: *x", "$", "")]
    public void Read_BadMapping_NamesThePlaceAndTheProblem(string yaml, string location, string message)
    {
        var error = Assert.Throws<MappingFileException>(() => MappingCatalog.FromYaml([KeyValuePair.Create("bad.yaml", yaml)]));

        Assert.StartsWith("bad.yaml: ", error.Message, StringComparison.Ordinal);
        Assert.StartsWith(location, error.Location, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shipped_Catalog_HoldsElasticAndWazuh()
    {
        Assert.Equal(["elastic", "wazuh"], MappingCatalog.Shipped.Mappings.Select(m => m.Name));
        Assert.All(MappingCatalog.Shipped.Mappings, m => Assert.StartsWith("shipped:", m.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Shipped_Catalog_IsTheRepositoryMappingsFolder()
    {
        var fromFolder = MappingCatalog.Empty.WithFolder(Path.Combine(RepositoryRoot.Path, "mappings"));

        Assert.Equal(MappingCatalog.Shipped.Mappings.Select(m => m.Name), fromFolder.Mappings.Select(m => m.Name));
    }

    [Fact]
    public void WithFolder_SameNameAsShipped_ReplacesIt()
    {
        var folder = Directory.CreateTempSubdirectory("agentsoar-mappings-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "wazuh.yaml"), "name: wazuh\nmatch: [ { exists: only_mine } ]\nproduct: { name: Mine }\nfields: { finding_info.title: { from: only_mine } }\n");

            var catalog = MappingCatalog.Shipped.WithFolder(folder.FullName);

            Assert.Equal(Path.Combine(folder.FullName, "wazuh.yaml"), catalog.Find("wazuh")!.Source);
            Assert.NotNull(catalog.Find("elastic"));
            Assert.Equal("Mine", new AlertNormalizer(catalog).Normalize("""{"only_mine": "t"}""").Finding["metadata"]!["product"]!["name"]!.GetValue<string>());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
