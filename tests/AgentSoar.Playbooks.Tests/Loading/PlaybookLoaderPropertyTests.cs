using AgentSoar.Playbooks.Loading;
using FsCheck;
using FsCheck.Fluent;

namespace AgentSoar.Playbooks.Tests.Loading;

/// <summary>Damaged playbooks never make the loader throw: every problem comes back as a positioned diagnostic.</summary>
public sealed class PlaybookLoaderPropertyTests
{
    private static readonly string[] Noise =
    [
        ":", "- ", "{", "}", "[", "]", "'", "\"", "\\", "\n", "\n  ", "\t", "#", "&a ", "*a", "!!str ", "|\n", ">-\n", "${{", "}}",
        "${{ steps.", "${{ inputs.", "id: x", "then:", "else:", "\r", "é", "\0", "---\n", "%YAML 1.2\n", "? ",
    ];

    [Fact]
    public void LoadText_DamagedPlaybook_ReportsInsteadOfThrowing()
    {
        var text = SamplePlaybooks.BlockIp;
        var damaged =
            from start in Gen.Choose(0, text.Length)
            from length in Gen.Choose(0, 40)
            from noise in Gen.Elements(Noise)
            from times in Gen.Choose(1, 3)
            select text[..start] + string.Concat(Enumerable.Repeat(noise, times)) + text[Math.Min(text.Length, start + length)..];

        Prop.ForAll(damaged.ToArbitrary(), yaml =>
        {
            var result = PlaybookLoader.LoadText(yaml, "damaged.yaml", new FakeActionCatalog());
            return result.Succeeded
                || (result.Diagnostics.Count > 0 && result.Diagnostics.All(d => d.Location.File == "damaged.yaml" && d.Location.Line >= 1 && d.Location.Column >= 1));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }
}
