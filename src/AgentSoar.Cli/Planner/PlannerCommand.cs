using System.CommandLine;
using AgentSoar.Planning.Llm;

namespace AgentSoar.Cli.Planner;

/// <summary>The <c>agentsoar planner</c> command group: <c>eval DIR</c>.</summary>
internal static class PlannerCommand
{
    /// <summary>The default environment variable the key is read from: the same name the Planner service binds.</summary>
    public const string DefaultKeyVariable = "AgentSoar__Planner__Llm__ApiKey";

    public static Command Create(TimeProvider time) =>
        new("planner", "Work with the planner, which chooses playbooks for alerts.")
        {
            CreateEval(time),
        };

    private static Command CreateEval(TimeProvider time)
    {
        var folder = new Argument<string>("dir") { Description = "A folder of labelled alerts: *.json files holding {\"expected\": PLAYBOOK_ID or \"none\", \"alert\": ALERT}." };
        var playbooks = new Option<string>("--playbooks") { Description = "The playbook folder the planner chooses from.", DefaultValueFactory = _ => "playbooks" };
        var planner = new Option<string>("--planner") { Description = "rules, or llm (then --endpoint and --model).", DefaultValueFactory = _ => "rules" };
        planner.AcceptOnlyFromAmong("rules", "llm");
        var endpoint = new Option<string?>("--endpoint") { Description = "The OpenAI-compatible base URL, /v1 included (for --planner llm)." };
        var model = new Option<string?>("--model") { Description = "The model name (for --planner llm)." };
        var keyVariable = new Option<string>("--api-key-env")
        {
            Description = "The environment variable holding the API key; a key is never taken on the command line.",
            DefaultValueFactory = _ => DefaultKeyVariable,
        };
        var timeout = new Option<double>("--timeout") { Description = "Seconds the model may take per alert before the rules planner answers.", DefaultValueFactory = _ => 30 };
        var answer = new Option<string>("--answer") { Description = "How the model answers: json-schema or tool-call.", DefaultValueFactory = _ => "json-schema" };
        answer.AcceptOnlyFromAmong("json-schema", "tool-call");
        var format = new Option<string>("--format") { Description = "text (a line per alert and a summary) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command(
            "eval",
            "Runs the planner over labelled alerts and prints accuracy (its first choice is the expected playbook), top-3 accuracy, "
            + "fallback rate (the LLM planner fell back to the rules) and latency percentiles.")
        {
            folder, playbooks, planner, endpoint, model, keyVariable, timeout, answer, format,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(planner) == "llm" && (string.IsNullOrWhiteSpace(result.GetValue(endpoint)) || string.IsNullOrWhiteSpace(result.GetValue(model))))
            {
                result.AddError("--planner llm needs --endpoint and --model.");
            }

            // Only when given: a validator does not see an option's default.
            if (result.GetResult(timeout) is { Implicit: false } && result.GetValue(timeout) is <= 0 or > 600)
            {
                result.AddError("--timeout must be between 0 and 600 seconds.");
            }
        });
        command.SetAction((parse, ct) =>
        {
            LlmPlannerOptions? llm = parse.GetValue(planner) == "llm"
                ? new LlmPlannerOptions
                {
                    Endpoint = parse.GetValue(endpoint),
                    Model = parse.GetValue(model),
                    ApiKey = Environment.GetEnvironmentVariable(parse.GetValue(keyVariable)!),
                    Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                    AnswerMode = parse.GetValue(answer) == "tool-call" ? LlmAnswerMode.ToolCall : LlmAnswerMode.JsonSchema,
                }
                : null;
            var request = new PlannerEvalRequest(parse.GetValue(folder)!, parse.GetValue(playbooks)!, llm, parse.GetValue(format) == "json");
            return PlannerEvalRun.RunAsync(request, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, time, ct);
        });
        return command;
    }
}
