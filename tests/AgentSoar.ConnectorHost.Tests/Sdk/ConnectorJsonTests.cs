using System.ComponentModel;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.ConnectorHost.Tests.Sdk;

public sealed class ConnectorJsonTests
{
    public enum Severity
    {
        Low,
        VeryHigh,
    }

    [Fact]
    public void GetSchema_Record_DeclaresSnakeCasePropertiesRequiredOnesAndDescriptions()
    {
        var schema = ConnectorJson.GetSchema(typeof(SampleInput)).AsObject();

        var properties = schema["properties"]!.AsObject();
        Assert.Equal(["source_ip", "block_for", "severity", "note"], properties.Select(p => p.Key));
        Assert.Equal(["source_ip"], schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("The address to act on.", properties["source_ip"]!["description"]!.GetValue<string>());
        Assert.Equal(["low", "very_high"], properties["severity"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
    }

    [Fact]
    public void GetSchema_DurationAndAddress_AreStringsWithTheirRules()
    {
        var properties = ConnectorJson.GetSchema(typeof(SampleInput))["properties"]!;

        Assert.Contains("string", properties["block_for"]!["type"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.NotNull(properties["block_for"]!["pattern"]);
        Assert.Equal("string", properties["source_ip"]!["type"]!.GetValue<string>());
        Assert.Equal("ipv4", properties["source_ip"]!["anyOf"]![0]!["format"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("30s", 0, 0, 30)]
    [InlineData("15m", 0, 15, 0)]
    [InlineData("24h", 24, 0, 0)]
    [InlineData("1d12h", 36, 0, 0)]
    [InlineData("1h30m", 1, 30, 0)]
    [InlineData("PT2H", 2, 0, 0)]
    [InlineData("01:02:03", 1, 2, 3)]
    public void Deserialize_PlaybookDuration_ParsesIt(string text, int hours, int minutes, int seconds)
    {
        var input = JsonSerializer.Deserialize<SampleInput>($$"""{"source_ip":"10.0.0.1","block_for":"{{text}}"}""", ConnectorJson.Options)!;

        Assert.Equal(new TimeSpan(hours, minutes, seconds), input.BlockFor);
    }

    [Theory]
    [InlineData("\"24\"")]
    [InlineData("\"tomorrow\"")]
    [InlineData("86400")]
    public void Deserialize_NotADuration_Throws(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SampleInput>($$"""{"source_ip":"10.0.0.1","block_for":{{json}}}""", ConnectorJson.Options));
    }

    [Fact]
    public void Serialize_Output_UsesSnakeCaseAndCompactDurations()
    {
        var json = JsonSerializer.SerializeToNode(new SampleInput(IPAddress.Parse("203.0.113.1"), TimeSpan.FromMinutes(90), Severity.VeryHigh), ConnectorJson.Options)!;

        Assert.Equal("203.0.113.1", json["source_ip"]!.GetValue<string>());
        Assert.Equal("1h30m", json["block_for"]!.GetValue<string>());
        Assert.Equal("very_high", json["severity"]!.GetValue<string>());
    }

    [Fact]
    public void Deserialize_UnknownMember_Throws()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SampleInput>("""{"source_ip":"10.0.0.1","sourceIp":"x"}""", ConnectorJson.Options));

        Assert.Equal("$.sourceIp", error.Path);
    }

    public sealed record SampleInput(
        [Description("The address to act on.")] IPAddress SourceIp,
        TimeSpan? BlockFor = null,
        Severity Severity = Severity.Low,
        JsonObject? Note = null);
}
