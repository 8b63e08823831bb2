using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Cases;

/// <summary>An action that changes an incident through one API call and reports the incident afterwards.</summary>
internal abstract class CaseAction<TInput>(CasesApi api) : ConnectorAction<TInput, CaseOutput>
    where TInput : notnull
{
    public sealed override async Task<ActionResult<CaseOutput>> ExecuteAsync(TInput input, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!CasesApi.TryIncident(IncidentOf(input), context, out var incident, out var failure))
        {
            return failure;
        }

        var (method, what, body) = Request(input);
        var result = await api.ChangeAsync(method, incident, what, body, context);
        return result.Output is { } change ? CaseOutput.From(change, incident) : result.Failure!;
    }

    /// <summary>The incident the input names, if any.</summary>
    protected abstract Guid? IncidentOf(TInput input);

    /// <summary>The API call: its method, the path under the incident, and the body.</summary>
    protected abstract (HttpMethod Method, string What, object Body) Request(TInput input);
}
