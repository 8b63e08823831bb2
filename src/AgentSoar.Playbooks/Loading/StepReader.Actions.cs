using System.Text.RegularExpressions;
using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Loading;

/// <summary>The action-step part of the step reader: action name, inputs, approval.</summary>
internal sealed partial class StepReader
{
    private ActionStep ReadActionStep(MappingReader step, string id)
    {
        var (connector, action) = ReadActionName(step);
        var declared = connector.Length > 0 ? context.Actions?.FindActionInputs(connector, action) : null;
        var with = ReadWith(step, declared, $"action '{connector}.{action}'");
        CheckInputs(step, connector, action, with);
        return new ActionStep(id, step.Location, connector, action, with)
        {
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

    private static ApprovalSpec ReadApproval(MappingReader approval) =>
        new(approval.Integer("approvers", min: 1) ?? 1, approval.String("role"), approval.Duration("expires"));

    [GeneratedRegex("^([a-z][a-z0-9_-]*)\\.([a-z][a-z0-9_]*)$")]
    private static partial Regex ActionPattern();
}
