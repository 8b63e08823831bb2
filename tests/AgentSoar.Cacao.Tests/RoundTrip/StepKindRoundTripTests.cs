using AgentSoar.Cacao.Tests.TestSupport;
using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Cacao.Tests.RoundTrip;

/// <summary>Every AgentSoar step kind, exported to CACAO (strict: it must pass the schemas) and imported again.</summary>
public class StepKindRoundTripTests
{
    private const string AllKinds = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata:
          id: every-kind
          name: Every step kind
        triggers:
          - match: "${{ alert.severity_id >= 3 }}"
        inputs:
          ip: { type: ip, required: true }
          hosts: { type: list, default: [] }
        steps:
          - id: enrich
            action: simulation.lookup_ip
            with: { ip: "${{ inputs.ip }}" }
            timeout: 10s
            retry: { attempts: 3, delay: 1s, backoff: exponential }
          - id: remember
            set: { target: "${{ inputs.ip }}" }
          - id: pause
            wait: { for: 5m }
          - id: ask
            approval: { question: "Block ${{ vars.target }}?", answer: yes_no, role: responder, expires: 30m }
          - id: verdict
            if: "${{ steps.ask.output.answer == 'yes' }}"
            then:
              - id: block
                action: simulation.block_ip
                with: { ip: "${{ vars.target }}" }
                on_failure:
                  steps:
                    - id: tell
                      action: simulation.comment
                      with: { text: "block failed" }
                  then: continue
          - id: route
            switch: "${{ steps.enrich.output.verdict }}"
            cases:
              malicious: [ { id: note_bad, action: simulation.comment, with: { text: bad } } ]
            default: [ { id: note_other, action: simulation.comment, with: { text: other } } ]
          - id: both
            parallel:
              join: any
              branches:
                a: [ { id: left, action: simulation.comment, with: { text: a } } ]
                b: [ { id: right, action: simulation.comment, with: { text: b } } ]
          - id: each
            foreach: "${{ inputs.hosts }}"
            concurrency: 2
            max_items: 50
            do:
              - id: isolate
                action: simulation.comment
                with: { text: "${{ loop.item }}" }
          - id: again
            while: "${{ steps.enrich.output.score > 100 }}"
            max_iterations: 3
            do:
              - id: rescan
                action: simulation.comment
                with: { text: again }
          - id: sub
            playbook: block-malicious-ip
            with: { ip: "${{ inputs.ip }}" }
          - id: guarded
            action: simulation.comment
            if: "${{ inputs.ip != null }}"
            with: { text: guarded }
        """;

    [Fact]
    public void ExportThenImport_EveryStepKind_GivesBackTheSameTreeOfSteps()
    {
        var before = Load(AllKinds);

        var back = Load(Conversions.ImportText(Conversions.Text(Conversions.Export(AllKinds, CacaoMode.Strict)), CacaoMode.Strict));

        Assert.Equal(Shape(before.Steps), Shape(back.Steps));
        Assert.Equal(before.Triggers.Count, back.Triggers.Count);
        Assert.Equal(JoinKind.Any, back.FindStep("both").Should<ParallelStep>().Join);
        Assert.Equal(2, back.FindStep("each").Should<ForeachStep>().Concurrency);
        Assert.Equal(3, back.FindStep("again").Should<WhileStep>().MaxIterations);
        Assert.Equal(3, back.FindStep("enrich")!.Retry!.Attempts);
        Assert.Equal(OnFailure.Continue, back.FindStep("block")!.OnFailure);
        Assert.NotNull(back.FindStep("guarded")!.Guard);
    }

    private static Playbook Load(string yaml)
    {
        var loaded = PlaybookLoader.LoadText(yaml, "every-kind.yaml");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return loaded.Playbook!;
    }

    /// <summary>Each step as kind:id, nested steps (compensation included) in brackets.</summary>
    private static string Shape(IEnumerable<Step> steps) =>
        string.Join(",", steps.Select(s => $"{s.GetType().Name}:{s.Id}" + (s.Children.Any() ? $"[{Shape(s.Children)}]" : string.Empty)));
}

internal static class StepAssertions
{
    public static T Should<T>(this Step? step)
        where T : Step => Assert.IsType<T>(step);
}
