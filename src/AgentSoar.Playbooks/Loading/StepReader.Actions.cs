using System.Text.RegularExpressions;
using AgentSoar.Playbooks.Model;
using AgentSoar.Playbooks.Templates;
using YamlDotNet.RepresentationModel;

namespace AgentSoar.Playbooks.Loading;

/// <summary>The action-step half of the step reader: action name, inputs, guard, timeout, retry, approval.</summary>
internal sealed partial class StepReader
{
    private ActionStep ReadActionStep(MappingReader step, string id)
    {
        var (connector, action) = ReadActionName(step);
        var with = new Dictionary<string, ValueTemplate>(StringComparer.Ordinal);
        if (step.Mapping("with") is { } withNode)
        {
            var declared = connector.Length > 0 ? context.Actions?.FindActionInputs(connector, action) : null;
            foreach (var (key, value) in withNode.Children)
            {
                if (key is not YamlScalarNode { Value: { } name })
                {
                    context.Error(key, $"input names in 'with' must be names, not {YamlScalars.Describe(key)}");
                    continue;
                }

                if (declared is not null && !declared.Contains(name))
                {
                    context.Error(key, $"action '{connector}.{action}' has no input '{name}'{DidYouMean.Hint(name, declared.Order(StringComparer.Ordinal))}");
                }

                with[name] = TemplateReader.Read(context, value);
            }
        }

        CheckInputs(step, connector, action, with);
        return new ActionStep(id, step.Location, connector, action, with)
        {
            Guard = step.Get("if") is { } guard ? TemplateReader.Read(context, guard) : null,
            OnFailure = step.Enum<OnFailure>("on_failure") ?? OnFailure.Fail,
            Timeout = step.Duration("timeout"),
            Retry = step.Mapping("retry") is { } retry ? ReadRetry(new MappingReader(context, retry, "retry", PlaybookKeys.Retry)) : null,
            Approval = step.Mapping("approval") is { } approval ? ReadApproval(new MappingReader(context, approval, "approval", PlaybookKeys.Approval)) : null,
        };
    }

    /// <summary><c>connector.action</c>; checked against the action catalog when there is one.</summary>
    private (string Connector, string Action) ReadActionName(MappingReader step)
    {
        if (step.String("action") is not { } text)
        {
            return (string.Empty, string.Empty);
        }

        var node = step.Get("action")!;
        var match = ActionPattern().Match(text);
        if (!match.Success)
        {
            context.Error(node, $"action '{text}' must be written connector.action, like firewall.block_ip");
            return (string.Empty, string.Empty);
        }

        var (connector, action) = (match.Groups[1].Value, match.Groups[2].Value);
        if (context.Actions is { } catalog && catalog.FindActionInputs(connector, action) is null)
        {
            context.Error(node, $"unknown action '{text}': no connector '{connector}' with an action '{action}' is installed");
        }

        return (connector, action);
    }

    private static RetrySpec? ReadRetry(MappingReader retry)
    {
        var delay = retry.Duration("delay", allowZero: true) ?? TimeSpan.FromSeconds(1);
        var backoff = retry.Enum<BackoffKind>("backoff") ?? BackoffKind.Exponential;
        return retry.Require("attempts") is not null && retry.Integer("attempts", min: 1) is { } attempts
            ? new RetrySpec(attempts, delay, backoff)
            : null;
    }

    private static ApprovalSpec ReadApproval(MappingReader approval) =>
        new(approval.Integer("approvers", min: 1) ?? 1, approval.String("role"), approval.Duration("expires"));

    [GeneratedRegex("^([a-z][a-z0-9_-]*)\\.([a-z][a-z0-9_]*)$")]
    private static partial Regex ActionPattern();
}
