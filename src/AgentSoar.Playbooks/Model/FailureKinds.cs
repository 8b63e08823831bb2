namespace AgentSoar.Playbooks.Model;

/// <summary>The names of the ways a step fails, as <c>retry.on</c> lists them and a step's trace records them.</summary>
public static class FailureKinds
{
    /// <summary>The connector reported a failure that may go away (a network blip, a rate limit, an open circuit).</summary>
    public const string Transient = "transient";

    /// <summary>The step or the action did not finish in its time.</summary>
    public const string Timeout = "timeout";

    /// <summary>The connector reported a failure that will happen again (bad request, refused).</summary>
    public const string Permanent = "permanent";

    public const string NotFound = "not_found";

    public const string Unauthorized = "unauthorized";

    public const string InvalidInput = "invalid_input";

    /// <summary>An expression of the step could not be evaluated.</summary>
    public const string Expression = "expression";

    /// <summary>An approval was rejected or expired. Never retried: a person said no.</summary>
    public const string Denied = "denied";

    /// <summary>
    /// A non-idempotent action whose host stopped while running it: it may or may not have taken effect. A person
    /// decides whether to run it again; the step's own <c>retry</c> never covers it (a retried enclosing block still
    /// runs everything inside it again, as a block retry always does).
    /// </summary>
    public const string Uncertain = "uncertain";

    /// <summary>In <c>retry.on</c>: every kind but <see cref="Denied"/> and <see cref="Uncertain"/>.</summary>
    public const string Any = "any";

    /// <summary>What <c>retry.on</c> accepts.</summary>
    public static IReadOnlyList<string> RetryOn { get; } = [Transient, Timeout, Permanent, NotFound, Unauthorized, InvalidInput, Expression, Any];
}
