using System.Text.Json;
using AgentSoar.Contracts.Actions;
using AgentSoar.Contracts.Approvals;
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

    [Fact]
    public async Task Question_AnsweredThroughTheGate_FeedsTheCalledPlaybook()
    {
        await using var harness = await CoordinatorHarness.StartAsync(Caller, Called);
        var (incident, run) = await harness.StartRunAsync("ask-then-enrich");

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
