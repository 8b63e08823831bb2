using Microsoft.Extensions.Options;

namespace AgentSoar.Coordinator.Intake;

/// <summary>How intake groups alerts, bound from <c>AgentSoar:Coordinator:Intake</c>.</summary>
public sealed class IntakeOptions
{
    public const string Section = "AgentSoar:Coordinator:Intake";

    /// <summary>
    /// A repeat of an alert (same rule, same key observables) within this long of the last one joins the first's
    /// incident as a duplicate: counted, recorded, not planned again. Zero turns deduplication off.
    /// </summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// An alert that shares a host, user or IP address with an open incident seen within this long joins that
    /// incident (the reason is recorded). Zero turns correlation off: every alert that isn't a repeat opens an incident.
    /// </summary>
    public TimeSpan CorrelationWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>What alerts are correlated on: any of <c>host</c>, <c>user</c>, <c>ip</c>.</summary>
    public IList<string> CorrelateOn { get; } = new List<string> { "host", "user", "ip" };

    /// <summary>
    /// Values never correlated on, besides the built-in ones (loopback and unspecified addresses, <c>localhost</c>,
    /// <c>SYSTEM</c>, <c>LOCAL SERVICE</c>, <c>NETWORK SERVICE</c>, <c>ANONYMOUS LOGON</c>, <c>-</c>): names so
    /// common that sharing them says nothing, such as a scanner's address. Compared without regard to case.
    /// </summary>
    public IList<string> IgnoreValues { get; } = new List<string>();

    /// <summary>How many refused alerts the dead-letter list keeps (the newest). Default 1000.</summary>
    public int MaxRejectedAlerts { get; set; } = 1000;

    /// <summary>The problems with these settings, each naming its key; empty when they are fine.</summary>
    public IEnumerable<string> Problems()
    {
        if (DeduplicationWindow < TimeSpan.Zero || DeduplicationWindow > TimeSpan.FromDays(7))
        {
            yield return $"{Section}:DeduplicationWindow must be between 0 (off) and 7 days.";
        }

        if (CorrelationWindow < TimeSpan.Zero || CorrelationWindow > TimeSpan.FromDays(30))
        {
            yield return $"{Section}:CorrelationWindow must be between 0 (off) and 30 days.";
        }

        if (MaxRejectedAlerts is < 1 or > 100_000)
        {
            yield return $"{Section}:MaxRejectedAlerts must be between 1 and 100000.";
        }

        foreach (var kind in CorrelateOn.Where(k => !AlertKeys.CorrelationKinds.Contains(k, StringComparer.Ordinal)))
        {
            yield return $"{Section}:CorrelateOn holds '{kind}'; use host, user or ip.";
        }
    }
}

/// <summary>Refuses to start with intake settings that make no sense, saying which key is wrong.</summary>
internal sealed class IntakeOptionsValidation : IValidateOptions<IntakeOptions>
{
    public ValidateOptionsResult Validate(string? name, IntakeOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
