using static AgentSoar.Playbooks.Tests.Loading.LoadAssert;
using static AgentSoar.Playbooks.Tests.Loading.SamplePlaybooks;

namespace AgentSoar.Playbooks.Tests.Loading;

public sealed class MetadataReaderTests
{
    [Theory]
    [InlineData("Block-IP")]
    [InlineData("-block")]
    [InlineData("block_ip")]
    public void Read_IdOutsideThePattern_IsReported(string id) =>
        Single(Minimal.Replace("id: minimal", $"id: {id}", StringComparison.Ordinal), 4, 7, $"playbook id '{id}' must be lower case letters, digits and '-'");

    [Fact]
    public void Read_MetadataThatIsAString_IsReported() =>
        Single(Minimal.Replace("metadata:\n  id: minimal\n  name: Minimal", "metadata: minimal", StringComparison.Ordinal), 3, 11, "'metadata' must be a mapping, not the string 'minimal'");
}
