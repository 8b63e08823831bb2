using System.Text.Json.Nodes;

namespace AgentSoar.Cli.Playbooks.Tracing;

/// <summary>One step of a <see cref="RunTrace"/>.</summary>
/// <param name="Id">The step's id; a step inside a loop carries its instance id (<c>loop[2]/step</c>).</param>
/// <param name="Kind">action, if, switch, set, parallel, wait, ...</param>
/// <param name="Status">succeeded, failed, denied, skipped, running or waiting_approval.</param>
/// <param name="Parent">The step it is nested in, or null at the top of the playbook.</param>
/// <param name="Depth">How deeply it is nested (0 at the top), for the text tree.</param>
internal sealed record StepTrace(string Id, string Kind, string Status, string? Parent, int Depth)
{
    /// <summary>The step's title from the playbook, when it has one.</summary>
    public string? Name { get; init; }

    /// <summary><c>connector.action</c> for an action step.</summary>
    public string? Action { get; init; }

    /// <summary>How an action was carried out: see <see cref="StepEffects"/>; null when nobody recorded it (a playbook test).</summary>
    public string? Effect { get; init; }

    public JsonNode? Inputs { get; init; }

    public JsonNode? Output { get; init; }

    public string? Error { get; init; }

    /// <summary>How it failed, in the words of <c>retry.on</c>: transient, timeout, permanent, denied...</summary>
    public string? ErrorKind { get; init; }

    /// <summary>Why the step went as it did; for if and switch, the expression and the value it took.</summary>
    public string? Detail { get; init; }

    /// <summary>For if and switch: the branch taken (<c>then</c>, <c>else</c>, <c>case 'x'</c> or <c>default</c>).</summary>
    public string? Branch { get; init; }

    /// <summary>The expression that decided the branch and the value it took.</summary>
    public Engine.Runs.BranchDecision? Decision { get; init; }

    public bool Simulated { get; init; }

    /// <summary>How many times the connector host tried the action in this attempt of the step.</summary>
    public int Attempts { get; init; }

    /// <summary>Which attempt of the step this is (1 unless the step's <c>retry</c> ran it again).</summary>
    public int Attempt { get; init; } = 1;

    /// <summary>The attempts that failed before this one, oldest first: a retry never hides a failure.</summary>
    public IReadOnlyList<Engine.Runs.StepAttempt> PreviousAttempts { get; init; } = [];

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public double? DurationMs { get; init; }

    public ApprovalTrace? Approval { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];
}
