using System.Collections.ObjectModel;

namespace AgentSoar.Playbooks.Loading;

/// <summary>
/// The keys the loader accepts in each mapping of a playbook; any other key is reported as unknown.
/// </summary>
/// <remarks>
/// One list per mapping, in one place, because <c>schemas/playbook.schema.json</c> must name exactly these keys and
/// a test holds the two together. The order is the order the loader lists them in messages ("expected ...") and
/// the order ties are broken in for "did you mean".
/// </remarks>
public static class PlaybookKeys
{
    /// <summary>The top level of a playbook file.</summary>
    public static IReadOnlyList<string> TopLevel { get; } = List("apiVersion", "kind", "metadata", "triggers", "inputs", "steps", "outputs");

    /// <summary><c>metadata</c>.</summary>
    public static IReadOnlyList<string> Metadata { get; } = List("id", "name", "version", "description", "tags");

    /// <summary>One item of <c>triggers</c>.</summary>
    public static IReadOnlyList<string> Trigger { get; } = List("match");

    /// <summary>The definition of one input under <c>inputs</c>.</summary>
    public static IReadOnlyList<string> Input { get; } = List("type", "required", "from", "default", "description");

    /// <summary>A step of any kind; which of them a given kind accepts follows from <see cref="StepKinds"/> and <see cref="StepKeyOwners"/>.</summary>
    public static IReadOnlyList<string> Step { get; } = List(
        "id", "name", "description", "action", "with", "if", "then", "else", "switch", "cases", "default", "set", "parallel", "wait", "foreach", "concurrency",
        "max_items", "while", "max_iterations", "do", "playbook", "approval", "timeout", "retry", "on_failure");

    /// <summary>
    /// The key that says what kind a step is; a step has exactly one. <c>approval</c> is the exception: beside
    /// <c>action</c> it is the approval that action asks for, alone it makes the step a question to the analysts.
    /// </summary>
    public static IReadOnlyList<string> StepKinds { get; } = List("action", "then", "switch", "set", "parallel", "wait", "foreach", "while", "playbook", "approval");

    /// <summary>Keys that belong to some kinds of step only, mapped to those kinds' keys; steps of other kinds refuse them.</summary>
    /// <remarks>Wraps a plain dictionary, not a frozen one: the loader reports misplaced keys in this order.</remarks>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> StepKeyOwners { get; } = new ReadOnlyDictionary<string, IReadOnlyList<string>>(
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["with"] = List("action", "playbook"),
            ["approval"] = List("action", "approval"),
            ["else"] = List("then"),
            ["cases"] = List("switch"),
            ["default"] = List("switch"),
            ["do"] = List("foreach", "while"),
            ["concurrency"] = List("foreach"),
            ["max_items"] = List("foreach"),
            ["max_iterations"] = List("while"),
        });

    /// <summary><c>retry</c> of any step.</summary>
    public static IReadOnlyList<string> Retry { get; } = List("attempts", "backoff", "delay", "on");

    /// <summary><c>on_failure</c> written as a mapping: compensation <c>steps</c>, and what happens after them.</summary>
    public static IReadOnlyList<string> OnFailure { get; } = List("steps", "then");

    /// <summary>The mapping of an approval step (a question to the analysts).</summary>
    public static IReadOnlyList<string> Question { get; } = List("question", "answer", "choices", "default", "approvers", "role", "expires");

    /// <summary><c>approval</c> of an action step.</summary>
    public static IReadOnlyList<string> Approval { get; } = List("approvers", "role", "expires");

    /// <summary>The mapping under <c>parallel</c>.</summary>
    public static IReadOnlyList<string> Parallel { get; } = List("join", "branches");

    /// <summary>The keys of a wait step's <c>wait</c> mapping: <c>for</c> a duration, or <c>until</c> a condition holds.</summary>
    public static IReadOnlyList<string> Wait { get; } = List("for", "until", "timeout", "every");

    // Read-only wrappers, so no caller can change what the loader accepts by casting back to an array.
    private static ReadOnlyCollection<string> List(params string[] keys) => Array.AsReadOnly(keys);
}
