using System.Text.Json.Nodes;
using AgentSoar.Cli.Playbooks.Tracing;
using AgentSoar.Contracts.Approvals;
using AgentSoar.Engine;
using AgentSoar.Engine.Commands;
using AgentSoar.Engine.Events;
using AgentSoar.Engine.Runs;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Cli.Playbooks.Running;

/// <summary>
/// Drives the real engine through one run in process, with no bus and no database: each command is
/// answered at once (actions by <see cref="SimulatedActions"/>, approvals by the chosen
/// <see cref="ApprovalMode"/>), and when the run only waits on the clock the clock is moved on to the
/// deadline, as the watchdog would get there, so a 24-hour wait takes no time.
/// </summary>
internal sealed class RunSimulator(SimulatedActions actions, ApprovalMode approvals, TimeProvider time, TraceAnnotations annotations)
{
    public const string Simulator = "agentsoar-simulation";

    private const int MaxEvents = 10_000;

    private const string YesNo = "yes_no";

    private readonly HashSet<string> _notedWaits = new(StringComparer.Ordinal);

    private TimeSpan _skipped;

    public async Task<RunState> RunAsync(Playbook playbook, EngineContext context, JsonObject alert, JsonObject incident, JsonObject inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        var start = Now();

        // Derived, not random: simulating the same playbook on the same alert gives the same ids.
        var runId = DeterministicGuid.Create(Guid.Empty, $"simulation/{playbook.ContentHash}/{alert.ToJsonString()}");
        var state = RunEngine.Create(runId, Guid.Empty, playbook, Simulator, alert, incident, inputs, start);
        var pending = new Queue<RunEvent>([new RunStarted(start)]);
        for (var applied = 0; pending.Count > 0 || SkipToDeadline(state, pending); applied++)
        {
            if (applied == MaxEvents)
            {
                annotations.AddRunNote($"the simulation stopped after {MaxEvents} events: the run did not settle");
                break;
            }

            var result = RunEngine.Apply(state, pending.Dequeue(), context);
            state = result.State;
            foreach (var command in result.Commands)
            {
                if (await AnswerAsync(command, state, cancellationToken) is { } answer)
                {
                    pending.Enqueue(answer);
                }
            }
        }

        if (!state.Status.IsFinal())
        {
            annotations.AddRunNote($"the run is still {state.Status.ToWire()}: it waits for something a simulation cannot give");
        }

        return state;
    }

    private DateTimeOffset Now() => time.GetUtcNow() + _skipped;

    private async Task<RunEvent?> AnswerAsync(RunCommand command, RunState state, CancellationToken cancellationToken)
    {
        switch (command)
        {
            case DispatchAction dispatch:
                return await actions.CarryOutAsync(dispatch, state, Now, cancellationToken);
            case RequestApproval request:
                return Decide(request);
            case NotifyStepChanged or RecordAudit or ExpireApproval:
                // Live views and the audit trail belong to the server; every approval is answered before it can expire.
                return null;
            default:
                annotations.AddRunNote($"the simulation does not carry out the engine's {command.GetType().Name} command");
                return null;
        }
    }

    private ApprovalResolved Decide(RequestApproval request)
    {
        var granted = approvals == ApprovalMode.All;
        var by = $"{Simulator} (--approve {(granted ? "all" : "none")})";
        var answer = granted ? AnswerTo(request.Question) : null;
        annotations.SetApproval(
            request.StepId,
            new ApprovalTrace(request.RequiredApprovals, request.Role, EngineJson.EnumName(request.Risk), request.Reason, granted ? "granted" : "denied", by)
            {
                Question = request.Question?.Text,
                Answer = answer ?? (request.Question?.AnswerKind == YesNo ? "no" : null),
            });
        return granted
            ? new ApprovalResolved(Now(), request.ApprovalId, request.StepId, true, "approved", [by], null) { Answer = answer }
            : new ApprovalResolved(Now(), request.ApprovalId, request.StepId, false, "rejected", [by], null);
    }

    /// <summary>
    /// What "grant" answers to an approval step's question: yes, the first of its choices, or for free text a
    /// placeholder that says where it came from. Denying answers "no" to a yes/no question and refuses the others.
    /// </summary>
    private static string? AnswerTo(ApprovalQuestion? question) => question switch
    {
        null => null,
        { AnswerKind: YesNo } => "yes",
        { Choices.Count: > 0 } => question.Choices[0],
        _ => "(answer given by the simulation)",
    };

    /// <summary>Nothing to answer, but the run waits on the clock (a wait step): move the clock to its deadline.</summary>
    private bool SkipToDeadline(RunState state, Queue<RunEvent> pending)
    {
        if (state.Status.IsFinal() || state.WakeAt is not { } wake)
        {
            return false;
        }

        var now = Now();
        if (wake > now)
        {
            _skipped += wake - now;
            foreach (var step in state.Steps.Where(s => !s.Status.IsFinal() && s.WakeAt <= wake && _notedWaits.Add(s.Id)))
            {
                annotations.AddNote(step.Id, "not waited out: the simulation moved the clock on to the step's next deadline (a wait, or a retry's delay)");
            }
        }

        pending.Enqueue(new DeadlineReached(Now()));
        return true;
    }
}
