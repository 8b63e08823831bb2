using System.Collections.Immutable;
using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Loading;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Engine.Runs;

/// <summary>Frames: what the steps of a loop round or a called playbook see, and how an instance id leads back to its step.</summary>
internal sealed partial class RunWalker
{
    private readonly Dictionary<string, Playbook?> _pinned = new(StringComparer.Ordinal);

    private Frame RootFrame() => new(string.Empty, context.Playbook, string.Empty, State.Inputs, null, null, [context.Playbook.Id]);

    /// <summary>What expressions see: the alert, the inputs, the incident, the run, the steps so far, the variables, the loop round.</summary>
    /// <remarks>
    /// A step state is visible when the frame lies inside the state's own frame (its prefix is a prefix of the
    /// frame's) and not outside the innermost called playbook. Of several states of one step the innermost wins.
    /// </remarks>
    private ExpressionScope BuildScope(Frame frame)
    {
        var steps = new JsonObject();
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var step in State.Steps)
        {
            var prefix = step.Id[..(step.Id.LastIndexOf('/') + 1)];
            var id = step.Id[prefix.Length..];
            if (!frame.Prefix.StartsWith(prefix, StringComparison.Ordinal) || !prefix.StartsWith(frame.CallPrefix, StringComparison.Ordinal)
                || (depth.TryGetValue(id, out var seen) && seen > prefix.Length))
            {
                continue;
            }

            depth[id] = prefix.Length;
            steps[id] = new JsonObject
            {
                ["status"] = step.Status.ToWire(),
                ["output"] = step.Output?.DeepClone(),
                ["error"] = step.Error,
                ["error_kind"] = step.ErrorKind,
            };
        }

        var roots = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["alert"] = State.Alert?.DeepClone(),
            ["inputs"] = frame.Inputs.DeepClone(),
            ["incident"] = State.Incident.DeepClone(),
            ["run"] = new JsonObject { ["id"] = State.RunId.ToString(), ["playbook"] = frame.Playbook.Id, ["started_by"] = State.StartedBy },
            ["steps"] = steps,
            ["vars"] = VarsOf(frame).DeepClone(),
            ["loop"] = frame.Loop?.DeepClone(),
        };
        return new ExpressionScope(roots, context.Limits, now);
    }

    private JsonObject VarsOf(Frame frame) =>
        frame.CallStepId is { } call ? State.FindStep(call)?.Vars ?? [] : State.Vars;

    private void SetVars(Frame frame, JsonObject vars)
    {
        if (frame.CallStepId is { } call && State.FindStep(call) is { } caller)
        {
            State = State.WithStep(caller with { Vars = vars });
        }
        else
        {
            State = State with { Vars = vars };
        }
    }

    /// <summary>The step an instance id names, following it through the playbooks it was called in.</summary>
    private Step? Definition(string instanceId)
    {
        if (State.Rollback?.Plan.Find(u => u.Id == instanceId) is { } undo)
        {
            return UndoAction(undo);
        }

        var segments = instanceId.Split('/');
        var playbook = context.Playbook;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (playbook.FindStep(Frame.DefinitionId(segments[i])) is PlaybookCallStep)
            {
                playbook = Pinned(State.FindStep(string.Join('/', segments[..(i + 1)])));
                if (playbook is null)
                {
                    return null;
                }
            }
        }

        return playbook.FindStep(Frame.DefinitionId(segments[^1]));
    }

    /// <summary>The playbook a call step pinned when it started, read back from its YAML once per walk.</summary>
    private Playbook? Pinned(StepState? call)
    {
        if (call?.PlaybookSource is not { } source)
        {
            return null;
        }

        if (!_pinned.TryGetValue(source, out var playbook))
        {
            playbook = PlaybookLoader.LoadText(source, $"{call.Id} (pinned)").Playbook;
            _pinned[source] = playbook;
        }

        return playbook;
    }

    /// <summary>The states of everything inside a block (not its compensation, which runs after it).</summary>
    private ImmutableList<StepState> Inside(Step step, Frame frame)
    {
        var ids = StepTree.Flatten(step.Branches.SelectMany(b => b)).Select(frame.InstanceId).ToList();
        var own = frame.InstanceId(step);
        return State.Steps.FindAll(s =>
            s.Id.StartsWith(own + "[", StringComparison.Ordinal) || s.Id.StartsWith(own + "/", StringComparison.Ordinal)
            || ids.Exists(id => s.Id == id || s.Id.StartsWith(id + "[", StringComparison.Ordinal) || s.Id.StartsWith(id + "/", StringComparison.Ordinal)));
    }

    private static (T? Value, string? Error) Evaluate<T>(Func<T> evaluate)
    {
        try
        {
            return (evaluate(), null);
        }
        catch (ExpressionException ex)
        {
            return (default, $"{ex.Message} (at {ex.Location})");
        }
    }
}
