using System.Globalization;
using AgentSoar.Contracts.Planning;
using AgentSoar.Planning.Guardrails;
using AgentSoar.Planning.Llm.Answer;
using AgentSoar.Planning.Llm.Prompt;
using Microsoft.Extensions.AI;

namespace AgentSoar.Planning.Llm;

/// <summary>
/// Asks a language model which playbooks fit the alert, then holds its answer to the guardrails
/// (<see cref="CandidateGuard"/>). On a timeout, a transport or HTTP error, an answer that cannot be read, or no
/// candidate left after the guardrails, <paramref name="fallback"/> (the rules planner) answers and the result says
/// why. The model only proposes: what it says becomes, at most, a candidate the Coordinator reviews again.
/// </summary>
/// <param name="chat">The model, behind <see cref="IChatClient"/>.</param>
/// <param name="options">The endpoint's options; the key in them is never read here.</param>
/// <param name="fallback">The planner that answers when the model does not.</param>
/// <param name="clock">Times the call and its timeout.</param>
public sealed class LlmPlanner(IChatClient chat, LlmPlannerOptions options, IPlanner fallback, TimeProvider clock) : IPlanner
{
    /// <inheritdoc />
    public string Kind => "llm";

    /// <inheritdoc />
    public async Task<PlanningResult> PlanAsync(PlanningRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var record = new ModelRecord(options.Model, null, null, null, []);
        if (request.Catalog.All.Count == 0)
        {
            return await FallbackAsync(request, "the catalog is empty", record with { Model = null }, ct);
        }

        var fence = AlertFence.Of(request.Finding);
        if (fence.Json.Length > options.MaxAlertChars)
        {
            return await FallbackAsync(request, $"the alert is larger than {options.MaxAlertChars} characters, the most the model is shown", record, ct);
        }

        var prompt = PlannerPrompt.Build(request.Catalog, fence, options);
        var started = clock.GetTimestamp();
        ChatResponse response;
        using (var timeout = new CancellationTokenSource(options.Timeout, clock))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token))
        {
            try
            {
                response = await chat.GetResponseAsync(prompt.Messages, prompt.Options, linked.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return await FallbackAsync(request, $"the model did not answer within {Seconds(options.Timeout)}", record with { Latency = clock.GetElapsedTime(started) }, ct);
            }
            catch (HttpRequestException e)
            {
                // Only the status or the exception type: an error message may quote a response body or a header.
                var why = e.StatusCode is { } status ? $"the model endpoint answered HTTP {(int)status}" : $"the model endpoint could not be reached ({e.HttpRequestError})";
                return await FallbackAsync(request, why, record with { Latency = clock.GetElapsedTime(started) }, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return await FallbackAsync(request, $"the model call failed ({e.GetType().Name})", record with { Latency = clock.GetElapsedTime(started) }, ct);
            }
        }

        record = record with
        {
            Model = response.ModelId ?? options.Model,
            InputTokens = response.Usage?.InputTokenCount,
            OutputTokens = response.Usage?.OutputTokenCount,
            Latency = clock.GetElapsedTime(started),
        };

        IReadOnlyList<ProposedCandidate> proposed;
        try
        {
            proposed = AnswerReader.Read(response);
        }
        catch (InvalidAnswerException e)
        {
            return await FallbackAsync(request, $"invalid answer: {e.Message}", record, ct);
        }

        var (accepted, dropped) = Guard(request, proposed);
        record = record with { Dropped = dropped };
        if (accepted.Count == 0)
        {
            var why = proposed.Count == 0 ? "the model proposed no candidate" : $"no valid candidate: the guardrails dropped all {proposed.Count}";
            return await FallbackAsync(request, why, record, ct);
        }

        return record.Apply(new PlanningResult(accepted, record.Model) { AnsweredBy = Kind });
    }

    private (List<PlanCandidate> Accepted, List<DroppedCandidate> Dropped) Guard(PlanningRequest request, IReadOnlyList<ProposedCandidate> proposed)
    {
        var guard = new CandidateGuard(request.Catalog, request.Finding, request.IncidentId);
        var accepted = new List<PlanCandidate>();
        var dropped = new List<DroppedCandidate>();
        foreach (var verdict in proposed.Select(guard.Check))
        {
            if (verdict.Dropped is { } refused)
            {
                dropped.Add(refused);
            }
            else if (accepted.Any(a => a.PlaybookId == verdict.Accepted!.PlaybookId))
            {
                dropped.Add(new DroppedCandidate(verdict.Accepted!.PlaybookId, verdict.Accepted.Confidence, "proposed twice; the first is kept"));
            }
            else if (accepted.Count >= options.MaxCandidates)
            {
                dropped.Add(new DroppedCandidate(verdict.Accepted!.PlaybookId, verdict.Accepted.Confidence, $"beyond the {options.MaxCandidates} candidates asked for"));
            }
            else
            {
                accepted.Add(verdict.Accepted!);
            }
        }

        // Best first by the model's confidence; the model's own order settles a tie.
        return (accepted.Select((c, i) => (c, i)).OrderByDescending(x => x.c.Confidence).ThenBy(x => x.i).Select(x => x.c).ToList(), dropped);
    }

    private async Task<PlanningResult> FallbackAsync(PlanningRequest request, string reason, ModelRecord record, CancellationToken ct)
    {
        var rules = await fallback.PlanAsync(request, ct);
        return record.Apply(rules with { Model = record.Model, AnsweredBy = fallback.Kind, Fallback = true, FallbackReason = reason });
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s";

    /// <summary>What is known about the model call so far, carried into whichever result answers.</summary>
    private sealed record ModelRecord(string? Model, long? InputTokens, long? OutputTokens, TimeSpan? Latency, IReadOnlyList<DroppedCandidate> Dropped)
    {
        public PlanningResult Apply(PlanningResult result) => result with
        {
            PromptVersion = Model is null ? null : PlannerPrompt.Version,
            InputTokens = InputTokens,
            OutputTokens = OutputTokens,
            ModelLatency = Latency,
            Dropped = Dropped,
        };
    }
}
