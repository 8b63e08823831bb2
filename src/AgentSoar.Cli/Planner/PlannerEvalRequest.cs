using AgentSoar.Planning.Llm;

namespace AgentSoar.Cli.Planner;

/// <summary>What <c>agentsoar planner eval</c> was asked: the labelled folder, the playbooks, the LLM (null: the rules planner) and the output form.</summary>
internal sealed record PlannerEvalRequest(string Folder, string PlaybooksFolder, LlmPlannerOptions? Llm, bool Json);
