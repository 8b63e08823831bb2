using static AgentSoar.Playbooks.Tests.Loading.LoadAssert;

namespace AgentSoar.Playbooks.Tests.Loading;

public sealed class YamlDocumentReaderTests
{
    [Fact]
    public void Read_InvalidMapping_ReportsYamlDotNetsMark() =>
        Single("apiVersion: agentsoar/v1\nkind: a: b\n", 2, 8, "invalid YAML: While scanning a plain scalar value, found invalid mapping.");

    [Fact]
    public void Read_UnclosedFlowSequence_ReportsWhereTheScannerStopped() =>
        Single("apiVersion: [agentsoar/v1\nkind: Playbook\n", 2, 1, "invalid YAML");

    [Fact]
    public void Read_DuplicateKey_ReportsTheSecondKey() =>
        Single("kind: Playbook\nkind: Playbook\n", 2, 1, "invalid YAML: Duplicate key kind");

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void Read_NoDocument_ReportsAnEmptyFile(string yaml) => Single(yaml, 1, 1, "the file is empty");

    [Fact]
    public void Read_SecondDocument_IsReportedWhereItStarts() =>
        Single(SamplePlaybooks.Minimal + "\n---\nfoo: 1\n", 11, 1, "one playbook per file");

    [Fact]
    public void Read_NestingBeyondTheLimit_IsReportedNotAStackOverflow()
    {
        var yaml = "a: " + new string('[', 5000) + new string(']', 5000) + "\n";

        Single(yaml, 1, 67, "invalid YAML: the document nests deeper than 64 levels");
    }
}
