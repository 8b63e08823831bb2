namespace AgentSoar.Cli.Playbooks.Tracing;

/// <summary>
/// What the driver of a run knows that the run state does not: how each action was carried out, the
/// approvals asked for and how they were decided, notes. Keyed by step (instance) id.
/// </summary>
internal sealed class TraceAnnotations
{
    private readonly Dictionary<string, string> _effects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ApprovalTrace> _approvals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _notes = new(StringComparer.Ordinal);
    private readonly List<string> _runNotes = [];

    public IReadOnlyList<string> RunNotes => _runNotes;

    public void SetEffect(string stepId, string effect) => _effects[stepId] = effect;

    public void SetApproval(string stepId, ApprovalTrace approval) => _approvals[stepId] = approval;

    public void AddNote(string stepId, string note)
    {
        if (!_notes.TryGetValue(stepId, out var notes))
        {
            _notes[stepId] = notes = [];
        }

        notes.Add(note);
    }

    public void AddRunNote(string note) => _runNotes.Add(note);

    public string? EffectOf(string stepId) => _effects.GetValueOrDefault(stepId);

    public ApprovalTrace? ApprovalOf(string stepId) => _approvals.GetValueOrDefault(stepId);

    public IReadOnlyList<string> NotesOf(string stepId) => _notes.TryGetValue(stepId, out var notes) ? notes : [];
}
