using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Playbooks.Tests.Docs;

/// <summary>
/// Every complete playbook shown in <c>docs/playbooks</c> (a <c>```yaml</c> block starting with <c>apiVersion:</c>)
/// loads without a diagnostic, so the documentation cannot drift from the language. Fragments are skipped.
/// </summary>
public sealed class DocsExamplesTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "docs", "playbooks");

    /// <summary>Each complete example, named by its page and the line of its opening fence (<c>steps.md:42</c>).</summary>
    public static TheoryData<string> Examples()
    {
        var names = new TheoryData<string>();
        foreach (var example in Extract())
        {
            names.Add(example.Name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void LoadText_CompletePlaybookInTheDocs_HasNoDiagnostics(string name)
    {
        var example = Extract().Single(e => e.Name == name);

        var result = PlaybookLoader.LoadText(example.Yaml, $"docs/playbooks/{name}");

        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Playbook);
    }

    [Fact]
    public void Extract_EveryPage_HasCompleteExamples()
    {
        var pages = Extract().Select(e => e.Name.Split(':')[0]).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(["README.md", "structure.md", "steps.md", "failures.md"], StringComparer.Ordinal), pages);
    }

    [Fact]
    public void Extract_StepsPage_ShowsEveryStepKind()
    {
        var steps = string.Join("\n", Extract().Where(e => e.Name.StartsWith("steps.md:", StringComparison.Ordinal)).Select(e => e.Yaml));

        Assert.All(PlaybookKeys.StepKinds, kind => Assert.Contains($" {kind}:", steps, StringComparison.Ordinal));
    }

    private static List<(string Name, string Yaml)> Extract()
    {
        var examples = new List<(string, string)>();
        foreach (var page in Directory.EnumerateFiles(Folder, "*.md").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(page);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() != "```yaml")
                {
                    continue;
                }

                var start = i;
                var body = new List<string>();
                for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
                {
                    body.Add(lines[i]);
                }

                if (body.FirstOrDefault(l => l.Trim().Length > 0)?.StartsWith("apiVersion:", StringComparison.Ordinal) == true)
                {
                    examples.Add(($"{Path.GetFileName(page)}:{start + 1}", string.Join("\n", body) + "\n"));
                }
            }
        }

        return examples;
    }
}
