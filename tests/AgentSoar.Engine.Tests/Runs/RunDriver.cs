using System.Text.Json.Nodes;
using AgentSoar.Engine.Commands;
using AgentSoar.Engine.Events;
using AgentSoar.Engine.Runs;
using AgentSoar.Playbooks.Model;
using static AgentSoar.Engine.Tests.Runs.EngineFixture;

namespace AgentSoar.Engine.Tests.Runs;

/// <summary>Drives one run through the engine event by event, keeping every command it gave, with a clock the test moves.</summary>
internal sealed class RunDriver
{
    private readonly EngineContext _context;

    public RunDriver(Playbook playbook, EngineContext? context = null)
    {
        _context = context ?? Context(playbook);
        State = NewRun(playbook);
        Now = T0;
        Apply(new RunStarted(T0));
    }

    public RunState State { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public List<RunCommand> Commands { get; } = [];

    public IEnumerable<DispatchAction> Dispatched => Commands.OfType<DispatchAction>();

    public StepState Step(string id) => State.FindStep(id) ?? throw new InvalidOperationException($"step '{id}' has no state; have: {string.Join(", ", State.Steps.Select(s => s.Id))}");

    public EngineResult Apply(RunEvent @event)
    {
        var result = RunEngine.Apply(State, @event, _context);
        State = result.State;
        Commands.AddRange(result.Commands);
        return result;
    }

    public EngineResult Succeed(string stepId, JsonNode? output = null) =>
        Apply(new ActionSucceeded(Now, Step(stepId).ExecutionId!.Value, stepId, output ?? new JsonObject(), false, 1));

    public EngineResult Fail(string stepId, string kind = "transient", string error = "it broke") =>
        Apply(new ActionFailedEvent(Now, Step(stepId).ExecutionId!.Value, stepId, kind, error, 1));

    public EngineResult Decide(string stepId, bool approved, string? answer = null, string by = "alice") =>
        Apply(new ApprovalResolved(Now, Step(stepId).ApprovalId!.Value, stepId, approved, approved ? "approved" : "rejected", [by], null) { Answer = answer });

    /// <summary>Moves the clock and lets the watchdog tick.</summary>
    public EngineResult Advance(TimeSpan by)
    {
        Now += by;
        return Apply(new DeadlineReached(Now));
    }

    /// <summary>The steps with an action in flight now.</summary>
    public IReadOnlyList<string> Running() =>
        State.Steps.Where(s => s.Status == StepStatus.Running && s.ExecutionId is not null).Select(s => s.Id).ToList();
}
