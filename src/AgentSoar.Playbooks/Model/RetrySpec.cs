namespace AgentSoar.Playbooks.Model;

/// <summary>
/// <c>retry: { attempts: 3, delay: 10s, backoff: exponential, on: [transient, timeout] }</c>: how many attempts in all,
/// the pause before the second (grown by <see cref="Backoff"/> after that), and which failures are worth another try.
/// </summary>
public sealed record RetrySpec(int Attempts, TimeSpan Delay, BackoffKind Backoff)
{
    /// <summary>The failures retried when <c>on</c> is not given: the ones that may well go away by themselves.</summary>
    public static IReadOnlyList<string> DefaultOn { get; } = ["transient", "timeout"];

    /// <summary>The failure kinds retried (<c>any</c> retries every failure but a denial).</summary>
    public IReadOnlyList<string> On { get; init; } = DefaultOn;

    /// <summary>The pause before attempt <paramref name="next"/> (2 for the first retry).</summary>
    public TimeSpan DelayBefore(int next)
    {
        var retry = Math.Max(1, next - 1);
        var factor = Backoff switch
        {
            BackoffKind.Constant => 1,
            BackoffKind.Linear => retry,
            _ => Math.Pow(2, retry - 1),
        };
        return TimeSpan.FromTicks((long)Math.Min(Delay.Ticks * factor, TimeSpan.FromDays(1).Ticks));
    }

    /// <summary>Whether a failure of this kind is retried.</summary>
    public bool Covers(string? kind) =>
        kind is not null && kind != FailureKinds.Denied && kind != FailureKinds.Uncertain && (On.Contains(FailureKinds.Any) || On.Contains(kind));

    public bool Equals(RetrySpec? other) =>
        other is not null && Attempts == other.Attempts && Delay == other.Delay && Backoff == other.Backoff && On.SequenceEqual(other.On);

    public override int GetHashCode() => HashCode.Combine(Attempts, Delay, Backoff, On.Count);
}
