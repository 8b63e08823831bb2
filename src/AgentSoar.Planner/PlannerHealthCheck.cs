using AgentSoar.Planning.Llm;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AgentSoar.Planner;

/// <summary>Says which planner answers, and for the LLM planner which model at which host (never the key); always healthy, since the rules planner needs nothing.</summary>
public sealed class PlannerHealthCheck(IOptions<PlannerOptions> planner, IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["kind"] = planner.Value.Kind.ToString().ToLowerInvariant() };
        if (planner.Value.Kind != PlannerKind.Llm)
        {
            return Task.FromResult(HealthCheckResult.Healthy("rules planner", data));
        }

        var llm = services.GetRequiredService<IOptions<LlmPlannerOptions>>().Value;
        var host = Uri.TryCreate(llm.Endpoint, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "?";
        data["model"] = llm.Model ?? "";
        data["endpoint"] = host;
        return Task.FromResult(HealthCheckResult.Healthy($"llm planner: model {llm.Model} at {host}, rules planner as fallback", data));
    }
}
