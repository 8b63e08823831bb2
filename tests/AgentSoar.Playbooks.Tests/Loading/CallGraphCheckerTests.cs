using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Tests.Loading;

/// <summary>Playbook steps are checked against the playbooks they call when a folder is loaded.</summary>
public sealed class CallGraphCheckerTests
{
    private static Playbook Playbook(string id, string steps, string inputs = "{}")
    {
        var result = PlaybookLoader.LoadText($"""
            apiVersion: agentsoar/v1
            kind: Playbook
            metadata: {"{"} id: {id}, name: {id} {"}"}
            inputs: {inputs}
            steps:
            {steps}
            """, $"{id}.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Playbook!;
    }

    private static string Call(string target, string with = "{}") => $"  - {{ id: call_{target.Replace('-', '_')}, playbook: {target}, with: {with} }}";

    private const string Work = "  - { id: work, action: x.y }";

    private static IReadOnlyList<string> Problems(params Playbook[] playbooks) =>
        CallGraphChecker.Check(playbooks).Select(p => $"{p.PlaybookId}: {p.Diagnostic.Message}").ToList();

    [Fact]
    public void Check_CallToAnUnknownPlaybook_IsReportedWithASuggestion() =>
        Assert.Equal(
            ["caller: step 'call_enrich_ipp' calls playbook 'enrich-ipp', which is not among the valid playbooks; did you mean 'enrich-ip'?"],
            Problems(Playbook("caller", Call("enrich-ipp")), Playbook("enrich-ip", Work)));

    [Fact]
    public void Check_InputsNotDeclaredOrMissing_AreReported()
    {
        var target = Playbook("enrich-ip", Work, "{ ip: { type: ip, required: true }, depth: { type: number } }");

        var problems = Problems(Playbook("caller", Call("enrich-ip", "{ adress: 1.2.3.4, depth: deep }")), target);

        Assert.Contains("caller: step 'call_enrich_ip' gives playbook 'enrich-ip' the input 'adress', which it does not declare", problems[0], StringComparison.Ordinal);
        Assert.Contains(problems, p => p.EndsWith("does not give playbook 'enrich-ip' its required input 'ip'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.EndsWith("gives input 'depth' of playbook 'enrich-ip' a string, but it takes number", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_CycleOfCalls_IsReportedInEveryPlaybookOnIt()
    {
        var problems = Problems(Playbook("a", Call("b")), Playbook("b", Call("c")), Playbook("c", Call("a")));

        Assert.Equal(3, problems.Count);
        Assert.Contains("a: step 'call_b' closes a cycle of calls: a → b → c → a", problems);
    }

    [Fact]
    public void Check_CallsWithoutACycle_AreFine() =>
        Assert.Empty(Problems(Playbook("a", Call("b") + "\n" + Call("c")), Playbook("b", Call("c")), Playbook("c", Work)));

    [Fact]
    public void LoadFiles_PlaybookWithABrokenCall_IsLeftOutAndSoAreItsCallers()
    {
        var folder = Directory.CreateTempSubdirectory("agentsoar-calls-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "top.yaml"), "apiVersion: agentsoar/v1\nkind: Playbook\nmetadata: { id: top, name: Top }\nsteps:\n" + Call("middle"));
            File.WriteAllText(Path.Combine(folder, "middle.yaml"), "apiVersion: agentsoar/v1\nkind: Playbook\nmetadata: { id: middle, name: Middle }\nsteps:\n" + Call("missing"));
            File.WriteAllText(Path.Combine(folder, "alone.yaml"), "apiVersion: agentsoar/v1\nkind: Playbook\nmetadata: { id: alone, name: Alone }\nsteps:\n" + Work);

            var (catalog, diagnostics) = PlaybookCatalog.LoadDirectory(folder);

            Assert.Equal(["alone"], catalog.All.Select(p => p.Id));
            Assert.Equal(2, diagnostics.Count);
            Assert.Equal(Path.Combine(folder, "middle.yaml"), diagnostics.Single(d => d.Message.Contains("'missing'", StringComparison.Ordinal)).Location.File);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
