using System.Globalization;
using System.Text;
using System.Text.Json;
using AgentSoar.Contracts.Chat;
using AgentSoar.Contracts.Connectors;
using AgentSoar.Contracts.Queries;
using AgentSoar.Planning.Chat;
using MassTransit;

namespace AgentSoar.Planner;

/// <summary>
/// The brain's second job: an analyst's chat message in, an answer or a proposed action out. It answers "why?" from
/// the incident's recorded plans and "what ran?" from its runs (asked of the Coordinator), and turns a command into the
/// connector action that would carry it out. It never runs anything: the proposal goes back to the one who asked.
/// </summary>
public sealed class ChatRequestedConsumer(
    ConnectorCatalogView catalog,
    IRequestClient<GetIncident> incidents,
    IEnumerable<IChatTranslator> translators,
    IBus bus,
    TimeProvider clock) : IConsumer<ChatRequested>
{
    /// <summary>How long a planner that has not heard of any connector waits for the hosts to announce theirs.</summary>
    private static readonly TimeSpan CatalogWait = TimeSpan.FromSeconds(3);

    public async Task Consume(ConsumeContext<ChatRequested> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var answer = await AnswerAsync(context.Message, context.CancellationToken);
        await context.RespondAsync(answer);
    }

    private async Task<ChatAnswered> AnswerAsync(ChatRequested request, CancellationToken ct)
    {
        var (intent, readAs) = await ChatUnderstanding.UnderstandAsync(request.Message, translators.FirstOrDefault(), ct);
        var answer = await AnswerAsync(request, intent, ct);
        return readAs is null || intent.Kind == ChatIntentKind.Unknown ? answer : answer with { Text = $"(read as \"{readAs}\") {answer.Text}" };
    }

    private async Task<ChatAnswered> AnswerAsync(ChatRequested request, ChatIntent intent, CancellationToken ct)
    {
        switch (intent.Kind)
        {
            case ChatIntentKind.Help:
                return new ChatAnswered("help", ChatCommandParser.Help, null);
            case ChatIntentKind.Unknown:
                return new ChatAnswered("not_understood", intent.Problem!, null);
            case ChatIntentKind.Why:
                return new ChatAnswered("answer", Why(await DetailsAsync(request.IncidentId, ct)), null);
            case ChatIntentKind.WhatRan:
                return new ChatAnswered("answer", WhatRan(await DetailsAsync(request.IncidentId, ct)), null);
        }

        var (proposal, problem) = ChatActionResolver.Resolve(intent.Action!, await ConnectorsAsync(ct));
        if (proposal is null)
        {
            return new ChatAnswered("not_understood", problem!, null);
        }

        var text = $"I propose {proposal.Connector}.{proposal.Action} ({proposal.Summary}), risk {proposal.Risk.ToString().ToLowerInvariant()}"
            + (proposal.Simulated ? "; that connector only simulates" : string.Empty) + ".";
        return new ChatAnswered("proposal", text, new ChatProposalInfo(
            proposal.Connector, proposal.Action, JsonSerializer.SerializeToElement(proposal.Inputs), proposal.Risk, proposal.Simulated, proposal.Summary));
    }

    private async Task<IncidentDetails> DetailsAsync(Guid incident, CancellationToken ct) =>
        (await incidents.GetResponse<IncidentDetails>(new GetIncident(incident), ct)).Message;

    private async Task<IReadOnlyCollection<ConnectorInfo>> ConnectorsAsync(CancellationToken ct)
    {
        if (catalog.Connectors.Count == 0)
        {
            await bus.Publish(new ConnectorCatalogRequested("planner", clock.GetUtcNow()), ct);
            var until = clock.GetUtcNow() + CatalogWait;
            while (catalog.Connectors.Count == 0 && clock.GetUtcNow() < until)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), clock, ct);
            }
        }

        return catalog.Connectors;
    }

    private static string Why(IncidentDetails details)
    {
        if (details.Incident is null)
        {
            return "There is no such incident.";
        }

        if (details.Plans.Count == 0)
        {
            return "No plan has been made for this incident yet.";
        }

        var decision = details.Plans[^1].Decision;
        var text = new StringBuilder();
        var chosen = Text(decision, "chosen");
        var action = Text(decision, "action");
        var planner = Text(decision, "answered_by") ?? Text(decision, "planner") ?? "the planner";
        text.Append(chosen is null
            ? $"For the latest alert {planner} chose no playbook: {Text(decision, "reason") ?? "nothing applied"}."
            : $"For the latest alert {planner} chose {chosen} ({(action == "auto_started" ? "started by itself" : "proposed")}): {Text(decision, "reason")}.");
        if (decision.TryGetProperty("candidates", out var candidates) && candidates.ValueKind == JsonValueKind.Array)
        {
            foreach (var c in candidates.EnumerateArray().Take(3))
            {
                var confidence = c.TryGetProperty("confidence", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : 0;
                text.Append(CultureInfo.InvariantCulture, $" {Text(c, "playbook_id")} scored {confidence:0.00}: {Text(c, "rationale")}");
                if (c.TryGetProperty("fields_used", out var fields) && fields.ValueKind == JsonValueKind.Array && fields.GetArrayLength() > 0)
                {
                    text.Append(" (from ").Append(string.Join(", ", fields.EnumerateArray().Select(f => f.GetString()))).Append(')');
                }

                text.Append('.');
            }
        }

        if (decision.TryGetProperty("fallback", out var fallback) && fallback.ValueKind == JsonValueKind.True)
        {
            text.Append(" The language model did not answer usefully (").Append(Text(decision, "fallback_reason")).Append("), so the rules planner did.");
        }

        return text.ToString();
    }

    private static string WhatRan(IncidentDetails details)
    {
        if (details.Incident is null)
        {
            return "There is no such incident.";
        }

        if (details.Runs.Count == 0)
        {
            return "Nothing has run on this incident.";
        }

        var lines = details.Runs.OrderBy(r => r.CreatedAt).Select(r =>
        {
            var steps = r.Steps.Where(s => s.Connector is not null && s.Status != "not_run").Select(s => $"{s.Id} ({s.Connector}.{s.Action}: {s.Status})");
            return $"{r.PlaybookId} v{r.PlaybookVersion}, {r.Status}, started by {r.StartedBy}: {string.Join(", ", steps)}";
        });
        return $"{details.Runs.Count} run(s): " + string.Join("; ", lines) + ".";
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
