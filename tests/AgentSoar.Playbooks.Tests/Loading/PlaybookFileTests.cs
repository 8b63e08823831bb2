using System.Text;
using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Playbooks.Tests.Loading;

public sealed class PlaybookFileTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"agentsoar-{Guid.NewGuid():N}.yaml");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void LoadFile_TenMegabytes_IsRefusedBeforeParsing()
    {
        File.WriteAllText(_file, "# " + new string('x', 10 * 1024 * 1024));

        var result = PlaybookLoader.LoadFile(_file);

        var problem = Assert.Single(result.Diagnostics);
        Assert.Contains("a playbook or test file may be at most", problem.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (problem.Location.Line, problem.Location.Column));
    }

    [Fact]
    public void LoadFile_NotUtf8_IsRefusedWithTheByte()
    {
        var bytes = Encoding.UTF8.GetBytes(SamplePlaybooks.Minimal).ToList();
        bytes.InsertRange(10, new byte[] { 0xC3, 0x28 });
        File.WriteAllBytes(_file, [.. bytes]);

        var result = PlaybookLoader.LoadFile(_file);

        Assert.Contains("not valid UTF-8 (at byte", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Null(result.Playbook);
    }

    [Fact]
    public void LoadFile_Utf8WithByteOrderMark_Loads()
    {
        File.WriteAllText(_file, SamplePlaybooks.Minimal, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var result = PlaybookLoader.LoadFile(_file);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(PlaybookLoader.LoadText(SamplePlaybooks.Minimal, "x").Playbook!.ContentHash, result.Playbook!.ContentHash);
    }
}
