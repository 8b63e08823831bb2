using System.Text.Json;
using AgentSoar.Contracts.Actions;
using AgentSoar.Contracts.Alerts;
using AgentSoar.Contracts.Approvals;
using AgentSoar.Contracts.Planning;
using AgentSoar.Coordinator.Approvals;
using AgentSoar.Coordinator.Runs;
using AgentSoar.Engine.Runs;
using MassTransit;

namespace AgentSoar.Coordinator.Tests.Runs;

/// <summary>An approval step's question answered through the bus, then a called playbook, on the real Coordinator.</summary>
public sealed class QuestionAndCallTests
{
    private const string Caller = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: ask-then-enrich, name: Ask then enrich }
        steps:
          - id: ask
            approval:
              question: "Enrich ${{ first_observable(alert, 'ip') }}?"
              answer: choice
              choices: [deep, shallow]
          - id: enrich
            playbook: enrich-ip
            with: { ip: "${{ first_observable(alert, 'ip') }}", depth: "${{ steps.ask.output.answer }}" }
        outputs:
          verdict: "${{ steps.enrich.output.verdict }}"
        """;

    private const string Called = """
        apiVersion: agentsoar/v1
        kind: Playbook
        metadata: { id: enrich-ip, name: Enrich an IP }
        inputs:
          ip: { type: ip, required: true }
          depth: { type: string, required: true }
        steps:
          - id: look
            action: intel.lookup
            with: { ip: "${{ inputs.ip }}", depth: "${{ inputs.depth }}" }
        outputs:
          verdict: "${{ steps.look.output.verdict }}"
        """;

    private static readonly JsonElement Finding = JsonSerializer.SerializeToElement(new
    {
        class_uid = 2004,
        severity_id = 3,
        time = 1,
        metadata = new { product = new { name = "test" } },
        finding_info = new { uid = "f-1", title = "Beacon" },
        observables = new[] { new { type_id = 2, value = "203.0.113.5" } },
    });

    [Fact]
    public async Task Question_AnsweredThroughTheGate_FeedsTheCalledPlaybook()
    {
        await using var harness = await CoordinatorHarness.StartAsync(Caller, Called);
        var alert = new AlertReceived(Guid.NewGuid(), "siem", Finding, "siem", DateTimeOffset.UnixEpoch);
        await harness.Bus.Publish(alert);
        var incident = await harness.WaitForAsync("an incident", async () => (await harness.Store.ListIncidentsAsync(10, default)).SingleOrDefault());
        await harness.Bus.Publish(new PlanProposed(incident.Id, alert.AlertId, "rules", null,
            [new PlanCandidate("ask-then-enrich", 1, JsonSerializer.SerializeToElement(new { }), 0.9, "test", [])], TimeSpan.Zero, DateTimeOffset.UnixEpoch));
        var run = await harness.WaitForAsync("a run", async () => (await harness.Store.ListRunsAsync(incident.Id, 10, default)).SingleOrDefault());

        var waiting = RunStateJson.FromRecord(run).FindStep("ask")!;
        var ticket = ApprovalTicketJson.FromRecord((await harness.Store.GetApprovalAsync(waiting.ApprovalId!.Value, default))!);
        Assert.Equal(("Enrich 203.0.113.5?", "choice"), (ticket.Question!.Text, ticket.Question.AnswerKind));

        var decide = harness.Bus.CreateRequestClient<DecideApproval>();
        var wrong = await decide.GetResponse<ApprovalDecisionResult>(new DecideApproval(ticket.Id, true, "alice", ["responder"], null, ticket.ActionHash) { Answer = "everything" });
        Assert.Equal(DecisionOutcome.InvalidAnswer, wrong.Message.Outcome);
        var answered = await decide.GetResponse<ApprovalDecisionResult>(new DecideApproval(ticket.Id, true, "alice", ["responder"], null, ticket.ActionHash) { Answer = "deep" });
        Assert.Equal(DecisionOutcome.Recorded, answered.Message.Outcome);

        var look = await harness.WaitForAsync("the called playbook's step", async () =>
            RunStateJson.FromRecord((await harness.Store.GetRunAsync(run.Id, default))!).FindStep("enrich/look"));
        Assert.Equal("deep", look.Inputs!["depth"]!.GetValue<string>());
        await harness.Bus.Publish(new ActionCompleted(look.ExecutionId!.Value, run.Id, incident.Id, "enrich/look", "intel", "lookup",
            JsonSerializer.SerializeToElement(new { verdict = "malicious" }), false, 1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch));

        var done = await harness.WaitForAsync("the run to finish", async () =>
        {
            var state = RunStateJson.FromRecord((await harness.Store.GetRunAsync(run.Id, default))!);
            return state.Status.IsFinal() ? state : null;
        });
        Assert.Equal(RunStatus.Succeeded, done.Status);
        Assert.Equal("malicious", done.Outputs!["verdict"]!.GetValue<string>());
        var audit = await harness.Store.ListAuditAsync(incident.Id, run.Id, 0, 500, default);
        Assert.Contains(audit, e => e.Kind == "question_answered");
        Assert.Contains(audit, e => e.Kind == "playbook_called");
    }
}
