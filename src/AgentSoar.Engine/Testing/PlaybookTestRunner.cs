using System.Text.Json.Nodes;
using AgentSoar.Engine.Approvals;
using AgentSoar.Engine.Commands;
using AgentSoar.Engine.Events;
using AgentSoar.Engine.Runs;
using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Testing;

/// <summary>
/// Runs a test case on the real engine with no bus, no database and no connector: each command the
/// engine gives is answered from the test's script, and the run's end is compared with the
/// expectation. Pure and fast (milliseconds), so every shipped playbook is tested in CI.
/// </summary>
public static class PlaybookTestRunner
{
    private const string Tester = "playbook-test";
    private const int MaxEvents = 10_000;
    private static readonly DateTimeOffset Start = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <param name="playbook">The playbook under test.</param>
    /// <param name="test">The case.</param>
    /// <param name="policy">The approval policy the gate would apply.</param>
    /// <param name="actions">What the actions are (risk, mutating), for the approvals they need.</param>
    /// <param name="playbooks">The playbooks its <c>playbook</c> steps may call (those beside it); none when null.</param>
    public static PlaybookTestResult Run(Playbook playbook, PlaybookTestCase test, ApprovalPolicy policy, IActionTraitsLookup actions, IPlaybookLookup? playbooks = null)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        ArgumentNullException.ThrowIfNull(test);
        var failures = new List<string>();
        var incident = new JsonObject
        {
            ["id"] = "test-incident",
            ["title"] = test.Alert["finding_info"]?["title"]?.DeepClone(),
            ["severity_id"] = test.Alert["severity_id"]?.DeepClone(),
        };
        var inputs = InputResolver.Resolve(playbook, test.Inputs, test.Alert, incident);
        if (!inputs.Succeeded)
        {
            // A test may expect exactly this: an alert the playbook cannot start from.
            return test.Expect.Status == PlaybookTestComparison.NotStarted
                ? new PlaybookTestResult(test.Name, [], null)
                : new PlaybookTestResult(test.Name, inputs.Errors.Select(e => $"inputs: {e}").ToList(), null);
        }

        if (test.Expect.Status == PlaybookTestComparison.NotStarted)
        {
            failures.Add("status: expected not_started, but the inputs resolved and the run started");
        }

        var context = new EngineContext(playbook, policy, actions) { Playbooks = playbooks };
        var calls = new Dictionary<string, int>(StringComparer.Ordinal);
        var state = RunEngine.Create(DeterministicGuid.Create(Guid.Empty, test.Name), Guid.Empty, playbook, Tester, test.Alert, incident, inputs.Inputs, Start);
        var pending = new Queue<RunEvent>([new RunStarted(Start)]);
        var clock = Start;
        for (var applied = 0; pending.Count > 0 || NextTick(state, ref clock, pending); applied++)
        {
            if (applied == MaxEvents)
            {
                failures.Add($"the run did not settle within {MaxEvents} events");
                break;
            }

            clock = clock.AddSeconds(1);
            var result = RunEngine.Apply(state, pending.Dequeue(), context);
            state = result.State;
            foreach (var command in result.Commands)
            {
                if (Answer(command, test, clock, failures, calls) is { } answer)
                {
                    pending.Enqueue(answer);
                }
            }
        }

        failures.AddRange(PlaybookTestComparison.Compare(test.Expect, state));
        return new PlaybookTestResult(test.Name, failures, state);
    }

    /// <summary>
    /// Nothing left to answer but the run waits on the clock (a wait step): jump the clock to its
    /// deadline, as the watchdog would get there, so a 24-hour wait takes no time in a test.
    /// </summary>
    private static bool NextTick(RunState state, ref DateTimeOffset clock, Queue<RunEvent> pending)
    {
        if (state.Status.IsFinal() || state.WakeAt is not { } wake)
        {
            return false;
        }

        clock = wake > clock ? wake : clock;
        pending.Enqueue(new DeadlineReached(clock));
        return true;
    }

    /// <summary>The test's answer to what the engine asks for: an action's result or an approval decision.</summary>
    /// <remarks>
    /// A step inside a loop or a called playbook is scripted by its instance id (<c>each[1]/block</c>) or, for every
    /// round alike, by its own id (<c>block</c>). A list scripts successive dispatches of the same step: its retries.
    /// </remarks>
    private static RunEvent? Answer(RunCommand command, PlaybookTestCase test, DateTimeOffset now, List<string> failures, Dictionary<string, int> calls)
    {
        switch (command)
        {
            case DispatchAction dispatch when Scripted(test.Actions, dispatch.StepId) is { } script:
                var call = calls.GetValueOrDefault(dispatch.StepId);
                calls[dispatch.StepId] = call + 1;
                var scripted = script.For(call);
                return scripted.Fails
                    ? new ActionFailedEvent(now, dispatch.ExecutionId, dispatch.StepId, scripted.FailKind!, scripted.FailError ?? "failed", 1)
                    : new ActionSucceeded(now, dispatch.ExecutionId, dispatch.StepId, scripted.Output?.DeepClone(), Simulated: true, Attempts: 1);
            case DispatchAction dispatch:
                failures.Add($"step '{dispatch.StepId}' runs {dispatch.Connector}.{dispatch.Action} but the test gives it no result: add 'actions: {{ {dispatch.StepId}: {{ output: ... }} }}'");
                return new ActionFailedEvent(now, dispatch.ExecutionId, dispatch.StepId, "permanent", "no scripted result", 1);
            case RequestApproval request:
                var decision = Scripted(test.Approvals, request.StepId);
                if (decision is null)
                {
                    failures.Add($"step '{request.StepId}' asks for approval ({request.Reason}) but the test gives no decision: add 'approvals: {{ {request.StepId}: approve }}'");
                }

                return decision switch
                {
                    "approve" => new ApprovalResolved(now, request.ApprovalId, request.StepId, true, "approved", [Tester], null) { Answer = Scripted(test.Answers, request.StepId) },
                    "expire" => new ApprovalResolved(now, request.ApprovalId, request.StepId, false, "expired", [], null),
                    _ => new ApprovalResolved(now, request.ApprovalId, request.StepId, false, "rejected", [Tester], "rejected by the test"),
                };
            default:
                return null;
        }
    }

    private static T? Scripted<T>(IReadOnlyDictionary<string, T> scripts, string instanceId)
        where T : class =>
        scripts.GetValueOrDefault(instanceId) ?? scripts.GetValueOrDefault(Frame.DefinitionId(instanceId));
}
