using AgentSoar.Intake;
using AgentSoar.Planning;
using AgentSoar.Planning.Llm;
using AgentSoar.Planning.Llm.OpenAI;
using AgentSoar.Planning.Rules;
using AgentSoar.Playbooks.Loading;

namespace AgentSoar.Cli.Planner;

/// <summary>Runs <c>agentsoar planner eval</c>: loads the playbooks and the labelled alerts, plans each alert, prints the report.</summary>
internal static class PlannerEvalRun
{
    public static async Task<int> RunAsync(PlannerEvalRequest request, TextWriter output, TextWriter error, TimeProvider time, CancellationToken ct)
    {
        if (!Directory.Exists(request.Folder) || !Directory.Exists(request.PlaybooksFolder))
        {
            await error.WriteLineAsync($"agentsoar: the folder '{(Directory.Exists(request.Folder) ? request.PlaybooksFolder : request.Folder)}' does not exist");
            return ExitCodes.CommandFailed;
        }

        var (catalog, diagnostics) = PlaybookCatalog.LoadDirectory(request.PlaybooksFolder);
        foreach (var diagnostic in diagnostics)
        {
            // The planner chooses among the valid playbooks, as the service does; the rest are named.
            await error.WriteLineAsync($"playbooks: {diagnostic}");
        }

        var (cases, problems) = EvalCase.LoadFolder(request.Folder, new AlertNormalizer(time: time));
        if (problems.Count > 0 || cases.Count == 0)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync($"agentsoar: {problem}");
            }

            if (cases.Count == 0)
            {
                await error.WriteLineAsync($"agentsoar: no labelled alert (*.json) in '{request.Folder}'");
            }

            return ExitCodes.CommandFailed;
        }

        var rules = new RulesPlanner(time);
        using var chat = request.Llm is null ? null : OpenAIChatClientFactory.Create(request.Llm);
        IPlanner planner = request.Llm is null ? rules : new LlmPlanner(chat!, request.Llm, rules, time);
        var outcomes = new List<EvalOutcome>();
        foreach (var @case in cases)
        {
            var started = time.GetTimestamp();
            var result = await planner.PlanAsync(new PlanningRequest(Guid.Empty, @case.Finding, catalog), ct);
            outcomes.Add(new EvalOutcome(@case.Name, @case.Expected, result.Candidates.Select(c => c.PlaybookId).ToList(), result.Fallback, result.FallbackReason, time.GetElapsedTime(started)));
        }

        var report = EvalReport.Of(request.Llm is null ? "rules" : $"llm ({request.Llm.Model})", outcomes);
        if (request.Json)
        {
            await output.WriteLineAsync(report.ToJson());
        }
        else
        {
            report.WriteText(output);
        }

        return ExitCodes.Success;
    }
}
