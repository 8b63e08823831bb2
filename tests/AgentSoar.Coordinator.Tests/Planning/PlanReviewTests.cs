using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.Contracts.Planning;
using AgentSoar.Coordinator.Planning;
using AgentSoar.Coordinator.Playbooks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AgentSoar.Coordinator.Tests.Planning;

public sealed class PlanReviewTests : IDisposable
{
    private static readonly JsonObject Finding = new()
    {
        ["severity_id"] = 4,
        ["observables"] = new JsonArray(new JsonObject { ["type_id"] = 2, ["value"] = "203.0.113.9" }),
    };

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("agentsoar-review-");
    private readonly PlaybookRegistry _registry;

    public PlanReviewTests()
    {
        foreach (var id in new[] { "block-ip", "contain-host" })
        {
            File.WriteAllText(Path.Combine(_folder.FullName, $"{id}.yaml"), $$$"""
                apiVersion: agentsoar/v1
                kind: Playbook
                metadata: { id: {{{id}}}, name: {{{id}}} }
                inputs:
                  ip: { type: ip, required: true, from: "${{ first_observable(alert, 'ip') }}" }
                steps:
                  - id: s
                    action: case.comment
                    with: { text: x }
                """);
        }

        _registry = new PlaybookRegistry(Options.Create(new CoordinatorOptions { PlaybooksPath = _folder.FullName }), NullLogger<PlaybookRegistry>.Instance);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static PlanCandidate Candidate(string id, double confidence) =>
        new(id, 1, JsonSerializer.SerializeToElement(new { }), confidence, $"{id} fits", ["observables"]);

    private static PlanProposed Plan(string kind, params PlanCandidate[] candidates) =>
        new(Guid.NewGuid(), Guid.NewGuid(), kind, kind == "llm" ? "m" : null, candidates, TimeSpan.FromMilliseconds(12), DateTimeOffset.UnixEpoch);

    private PlanReview Review(PlanProposed plan, AutoStartPolicy policy) =>
        PlanReview.Review(plan, _registry, Finding, new JsonObject { ["id"] = "i" }, policy);

    private static AutoStartPolicy Policy(double threshold = 0.5, string[]? playbooks = null, bool llm = false) => new(threshold, playbooks ?? ["*"], llm);

    [Fact]
    public void Review_RulesCandidateAboveThresholdOnTheList_AutoStarts()
    {
        var review = Review(Plan("rules", Candidate("block-ip", 0.8)), Policy());

        Assert.Equal("block-ip", review.Chosen?.Playbook.Id);
        Assert.Equal("auto_started", review.Decision["action"]!.GetValue<string>());
    }

    [Fact]
    public void Review_BelowThreshold_IsProposed()
    {
        var review = Review(Plan("rules", Candidate("block-ip", 0.4)), Policy());

        Assert.Null(review.Chosen);
        Assert.Equal("proposed", review.Decision["action"]!.GetValue<string>());
        Assert.Contains("below the auto-start threshold", review.Decision["reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Review_PlaybookNotOnTheAutoStartList_IsProposedWhateverItsConfidence()
    {
        var review = Review(Plan("rules", Candidate("contain-host", 0.99)), Policy(playbooks: ["block-*"]));

        Assert.Null(review.Chosen);
        Assert.Contains("not on the auto-start list", review.Decision["reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Review_PrefixOnTheList_AutoStarts()
    {
        var review = Review(Plan("rules", Candidate("block-ip", 0.9)), Policy(playbooks: ["block-*"]));

        Assert.Equal("block-ip", review.Chosen?.Playbook.Id);
    }

    [Fact]
    public void Review_EmptyAutoStartList_NothingStarts()
    {
        var review = Review(Plan("rules", Candidate("block-ip", 0.9)), Policy(playbooks: []));

        Assert.Null(review.Chosen);
    }

    [Fact]
    public void Review_LlmCandidateWithLlmPlansOff_IsProposed()
    {
        var review = Review(Plan("llm", Candidate("block-ip", 0.95)) with { AnsweredBy = "llm" }, Policy());

        Assert.Null(review.Chosen);
        Assert.Contains("language model", review.Decision["reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Review_LlmCandidateWithLlmPlansOn_AutoStarts()
    {
        var review = Review(Plan("llm", Candidate("block-ip", 0.95)) with { AnsweredBy = "llm" }, Policy(llm: true));

        Assert.Equal("block-ip", review.Chosen?.Playbook.Id);
    }

    [Fact]
    public void Review_LlmFellBackToRules_RulesCandidateMayAutoStart()
    {
        var plan = Plan("llm", Candidate("block-ip", 0.8)) with { AnsweredBy = "rules", Fallback = true, FallbackReason = "the model endpoint answered HTTP 500" };

        var review = Review(plan, Policy());

        Assert.Equal("block-ip", review.Chosen?.Playbook.Id);
        Assert.StartsWith("rules planner:", review.Chosen!.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_DecisionRecord_HoldsModelPromptTokensLatencyCandidatesDroppedAndFallback()
    {
        var plan = Plan("llm", Candidate("block-ip", 0.7), Candidate("contain-host", 0.6)) with
        {
            AnsweredBy = "rules",
            PromptVersion = "p1",
            InputTokens = 1200,
            OutputTokens = 80,
            ModelLatency = TimeSpan.FromMilliseconds(950),
            Fallback = true,
            FallbackReason = "no valid candidate: the guardrails dropped all 1",
            Dropped = [new DroppedCandidate("wipe-everything", 1, "no playbook 'wipe-everything' in the catalog")],
        };

        var decision = Review(plan, Policy()).Decision;

        Assert.Equal("llm", decision["planner"]!.GetValue<string>());
        Assert.Equal("m", decision["model"]!.GetValue<string>());
        Assert.Equal("rules", decision["answered_by"]!.GetValue<string>());
        Assert.Equal("p1", decision["prompt_version"]!.GetValue<string>());
        Assert.Equal(1200, decision["tokens_in"]!.GetValue<long>());
        Assert.Equal(80, decision["tokens_out"]!.GetValue<long>());
        Assert.Equal(950.0, decision["model_latency_ms"]!.GetValue<double>());
        Assert.Equal(12.0, decision["latency_ms"]!.GetValue<double>());
        Assert.True(decision["fallback"]!.GetValue<bool>());
        Assert.StartsWith("no valid candidate", decision["fallback_reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal([0.7, 0.6], decision["candidates"]!.AsArray().Select(c => c!["confidence"]!.GetValue<double>()));
        var dropped = Assert.Single(decision["dropped"]!.AsArray());
        Assert.Equal("wipe-everything", dropped!["playbook_id"]!.GetValue<string>());
        Assert.Equal("no playbook 'wipe-everything' in the catalog", dropped["reason"]!.GetValue<string>());
    }

    [Fact]
    public void Review_PlanFromAnOlderPlanner_ReadsAsRulesWithoutFallback()
    {
        var decision = Review(Plan("rules", Candidate("block-ip", 0.8)), Policy()).Decision;

        Assert.Equal("rules", decision["answered_by"]!.GetValue<string>());
        Assert.False(decision["fallback"]!.GetValue<bool>());
        Assert.Null(decision["prompt_version"]);
        Assert.Empty(decision["dropped"]!.AsArray());
    }
}
