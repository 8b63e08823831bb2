using System.Text.Json.Nodes;
using AgentSoar.Planning.Llm;
using AgentSoar.Planning.Llm.OpenAI;
using AgentSoar.Planning.Rules;
using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Planning.Tests.Llm;

/// <summary>The shipped catalog, the example C2 beacon and an LLM planner pointed at a scripted server.</summary>
internal static class LlmTestKit
{
    public const string ApiKey = "sk-test-secret-4f9a2c";

    public static PlaybookCatalog Shipped { get; } = PlaybookCatalog.LoadDirectory(Path.Combine(RepositoryRoot.Path, "playbooks")).Catalog;

    public static JsonNode C2Beacon() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "examples", "c2-beacon.json")))!;

    public static LlmPlannerOptions Options(string endpoint, Action<LlmPlannerOptions>? change = null)
    {
        var options = new LlmPlannerOptions { Endpoint = endpoint, Model = "gpt-test", ApiKey = ApiKey, Timeout = TimeSpan.FromSeconds(10) };
        change?.Invoke(options);
        return options;
    }

    public static LlmPlanner Planner(LlmPlannerOptions options) =>
        new(OpenAIChatClientFactory.Create(options), options, new RulesPlanner(TimeProvider.System), TimeProvider.System);

    public static Task<PlanningResult> PlanAsync(LlmPlannerOptions options, JsonNode finding, PlaybookCatalog? catalog = null) =>
        Planner(options).PlanAsync(new PlanningRequest(Guid.NewGuid(), finding, catalog ?? Shipped), CancellationToken.None);
}
