using AgentSoar.Contracts;
using AgentSoar.Engine.Approvals;
using AgentSoar.Playbooks.Expressions;
using AgentSoar.Playbooks.Model;
using YamlDotNet.RepresentationModel;

namespace AgentSoar.Coordinator.Approvals;

/// <summary>
/// Reads the approval policy:
/// <code>
/// approvers: { low: 0, medium: 1, high: 1, critical: 2 }
/// roles: { critical: responder }
/// default_expiry: 15m
/// unknown_action_risk: critical
/// assets:                      # first match wins
///   - name: domain controllers
///     criticality: critical
///     match: ["dc-*", "10.0.0.0/24"]
/// criticality: { approvers: { critical: 2 }, roles: { critical: responder } }
/// blast_radius: { targets: 10, approvers: 2 }
/// </code>
/// Anything missing keeps the default. A malformed file stops the Coordinator at start with the position.
/// </summary>
public static class ApprovalPolicyFile
{
    public static ApprovalPolicy Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return ApprovalPolicy.Default;
        }

        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            yaml.Load(reader);
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Error(path, 1, 1, "the policy must be a mapping");
        }

        var policy = ApprovalPolicy.Default;
        var approvers = new Dictionary<RiskLevel, int>(policy.ApproversByRisk);
        var roles = new Dictionary<RiskLevel, string?>(policy.RoleByRisk);
        foreach (var (keyNode, value) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value;
            switch (key)
            {
                case "approvers":
                    foreach (var (risk, count) in Entries(path, value))
                    {
                        approvers[ParseRisk(path, risk)] = ParseApprovers(path, count);
                    }

                    break;
                case "roles":
                    foreach (var (risk, role) in Entries(path, value))
                    {
                        roles[ParseRisk(path, risk)] = ((YamlScalarNode)role).Value;
                    }

                    break;
                case "default_expiry":
                    policy = policy with { DefaultExpiry = DurationText.TryParse(((YamlScalarNode)value).Value, out var expiry) ? expiry : throw Error(path, value, "expected a duration such as 15m") };
                    break;
                case "unknown_action_risk":
                    policy = policy with { UnknownActionRisk = ParseRisk(path, value) };
                    break;
                case "assets":
                    policy = policy with { Assets = ApprovalPolicyAssets.ReadClasses(path, value) };
                    break;
                case "criticality":
                    var (byCriticality, criticalityRoles) = ApprovalPolicyAssets.ReadCriticality(path, value);
                    policy = policy with { ApproversByCriticality = byCriticality, RoleByCriticality = criticalityRoles };
                    break;
                case "blast_radius":
                    policy = policy with { BlastRadius = ApprovalPolicyAssets.ReadBlastRadius(path, value) };
                    break;
                default:
                    throw Error(path, keyNode, $"unknown key '{key}' (expected approvers, roles, default_expiry, unknown_action_risk, assets, criticality, blast_radius)");
            }
        }

        return policy with { ApproversByRisk = approvers, RoleByRisk = roles };
    }

    internal static int ParseApprovers(string path, YamlNode node) =>
        node is YamlScalarNode { Value: { } text } && int.TryParse(text, out var n) && n is >= 0 and <= 5
            ? n
            : throw Error(path, node, "approvers must be a whole number from 0 to 5");

    internal static IEnumerable<(YamlNode Key, YamlNode Value)> Entries(string path, YamlNode node) =>
        node is YamlMappingNode map ? map.Children.Select(p => (p.Key, p.Value)) : throw Error(path, node, "expected a mapping of risk to value");

    private static RiskLevel ParseRisk(string path, YamlNode node) =>
        node is YamlScalarNode { Value: { } text } && Enum.TryParse<RiskLevel>(text, ignoreCase: true, out var risk)
            ? risk
            : throw Error(path, node, "expected a risk: low, medium, high or critical");

    internal static InvalidOperationException Error(string path, YamlNode node, string message) =>
        Error(path, (int)node.Start.Line, (int)node.Start.Column, message);

    private static InvalidOperationException Error(string path, int line, int column, string message) =>
        new($"{new SourceLocation(path, line, column)}: error: {message}");
}
