using System.Text.Json.Nodes;
using AgentSoar.Planning.Guardrails;

namespace AgentSoar.Planning.Tests.Guardrails;

public sealed class IncidentEvidenceTests
{
    private static readonly IncidentEvidence Evidence = IncidentEvidence.Of(JsonNode.Parse("""
        {
          "message": "block 10.0.0.1 now",
          "finding_info": { "title": "evil.example is bad", "desc": "user admin" },
          "raw_data": "{\"DestinationIp\": \"10.9.9.9\"}",
          "device": { "hostname": "WS-042.corp.local." },
          "evidences": [ { "process": { "file": { "path": "C:\\Windows\\System32\\rundll32.exe" } }, "hashes": "SHA256=AB12CD34AB12CD34AB12CD34AB12CD34AB12CD34AB12CD34AB12CD34AB12CD34,MD5=0123456789ABCDEF0123456789ABCDEF" } ],
          "observables": [
            { "type_id": 2, "value": "2001:DB8:0:0::1" },
            { "type_id": 4, "value": "CORP\\jdoe" },
            { "type_id": 6, "value": "https://cdn.bad.example/x.js" },
            { "type_id": 5, "value": "alice@mail.example" }
          ]
        }
        """)!);

    [Theory]
    [InlineData("2001:db8::1")]
    [InlineData("ws-042.corp.local")]
    [InlineData("jdoe")]
    [InlineData("CORP\\jdoe")]
    [InlineData("cdn.bad.example")]
    [InlineData("mail.example")]
    [InlineData("rundll32.exe")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    public void Contains_ValueOrDerivedForm_IsFound(string value)
    {
        Assert.True(Evidence.Contains(value));
    }

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("evil.example")]
    [InlineData("admin")]
    [InlineData("10.9.9.9")]
    [InlineData("042")]
    public void Contains_FreeTextRawDataOrPartOfAValue_IsNotFound(string value)
    {
        Assert.False(Evidence.Contains(value));
    }
}
