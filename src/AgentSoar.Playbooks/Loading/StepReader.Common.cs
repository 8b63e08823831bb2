using AgentSoar.Playbooks.Model;
using YamlDotNet.RepresentationModel;

namespace AgentSoar.Playbooks.Loading;

/// <summary>What every kind of step may have: a guard, a timeout, retries, and what a failure does.</summary>
internal sealed partial class StepReader
{
    private Step ReadCommon(MappingReader step, Step result, string label)
    {
        var (onFailure, compensation) = ReadOnFailure(step, label);
        return result with
        {
            Name = step.String("name"),
            Description = step.String("description"),
            // An if-step's 'if' is its condition, read with it; on every other kind it is a guard.
            Guard = result is IfStep ? null : Guard(step),
            OnFailure = onFailure,
            Compensation = compensation,
            Timeout = step.Duration("timeout"),
            Retry = step.Mapping("retry") is { } retry ? ReadRetry(new MappingReader(context, retry, $"the retry of {label}", PlaybookKeys.Retry)) : null,
        };
    }

    /// <summary><c>on_failure: fail | continue</c>, or <c>{ steps: [...], then: fail | continue }</c> to compensate first.</summary>
    private (OnFailure OnFailure, IReadOnlyList<Step> Compensation) ReadOnFailure(MappingReader step, string label)
    {
        if (step.Get("on_failure") is not YamlMappingNode map)
        {
            return (step.Enum<OnFailure>("on_failure") ?? OnFailure.Fail, []);
        }

        var onFailure = new MappingReader(context, map, $"the on_failure of {label}", PlaybookKeys.OnFailure);
        var steps = onFailure.Require("steps") is { } list ? ReadList(list, $"the compensation steps of {label}") : [];
        return (onFailure.Enum<OnFailure>("then") ?? OnFailure.Fail, steps);
    }

    private RetrySpec? ReadRetry(MappingReader retry)
    {
        var delay = retry.Duration("delay", allowZero: true) ?? TimeSpan.FromSeconds(1);
        var backoff = retry.Enum<BackoffKind>("backoff") ?? BackoffKind.Exponential;
        var on = retry.Has("on") ? retry.StringList("on") : RetrySpec.DefaultOn;
        foreach (var kind in on.Where(k => !FailureKinds.RetryOn.Contains(k)))
        {
            context.Error(retry.Get("on")!, $"'{kind}' is not a kind of failure: 'on' lists {string.Join(", ", FailureKinds.RetryOn)}{DidYouMean.Hint(kind, FailureKinds.RetryOn)}");
        }

        if (retry.Has("on") && on.Count == 0)
        {
            context.Error(retry.Get("on")!, "'on' lists no failures, so nothing would be retried: leave it out to retry transient failures and timeouts");
        }

        return retry.Require("attempts") is not null && retry.Integer("attempts", min: 1) is { } attempts
            ? new RetrySpec(attempts, delay, backoff) { On = on }
            : null;
    }
}
