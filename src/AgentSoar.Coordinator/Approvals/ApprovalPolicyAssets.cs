using AgentSoar.Contracts;
using AgentSoar.Engine.Approvals;
using YamlDotNet.RepresentationModel;

namespace AgentSoar.Coordinator.Approvals;

/// <summary>
/// Reads the target rules of the approval policy: <c>assets</c> (classes of assets by criticality),
/// <c>criticality</c> (approvers and role by the criticality of the most critical target) and <c>blast_radius</c>.
/// Every malformed entry stops the start at its line and column, like the rest of the file.
/// </summary>
internal static class ApprovalPolicyAssets
{
    public static IReadOnlyList<AssetClass> ReadClasses(string path, YamlNode node)
    {
        if (node is not YamlSequenceNode list)
        {
            throw ApprovalPolicyFile.Error(path, node, "assets must be a list of asset classes (name, criticality, match)");
        }

        var classes = new List<AssetClass>();
        foreach (var item in list)
        {
            classes.Add(ReadClass(path, item));
        }

        return classes;
    }

    public static (Dictionary<AssetCriticality, int> Approvers, Dictionary<AssetCriticality, string?> Roles) ReadCriticality(string path, YamlNode node)
    {
        var approvers = new Dictionary<AssetCriticality, int>();
        var roles = new Dictionary<AssetCriticality, string?>();
        foreach (var (key, value) in Mapping(path, node, "criticality"))
        {
            switch (key.Value)
            {
                case "approvers":
                    foreach (var (level, count) in ApprovalPolicyFile.Entries(path, value))
                    {
                        approvers[ParseCriticality(path, level)] = ApprovalPolicyFile.ParseApprovers(path, count);
                    }

                    break;
                case "roles":
                    foreach (var (level, role) in ApprovalPolicyFile.Entries(path, value))
                    {
                        roles[ParseCriticality(path, level)] = Text(path, role, "a role");
                    }

                    break;
                default:
                    throw ApprovalPolicyFile.Error(path, key, $"unknown key '{key.Value}' in criticality (expected approvers, roles)");
            }
        }

        return (approvers, roles);
    }

    public static BlastRadiusRule ReadBlastRadius(string path, YamlNode node)
    {
        int? targets = null, approvers = null;
        foreach (var (key, value) in Mapping(path, node, "blast_radius"))
        {
            switch (key.Value)
            {
                case "targets":
                    // One target is every action: that is the risk rule's business, not a blast radius.
                    targets = value is YamlScalarNode { Value: { } text } && int.TryParse(text, out var n) && n >= 2
                        ? n
                        : throw ApprovalPolicyFile.Error(path, value, "targets must be a whole number of at least 2");
                    break;
                case "approvers":
                    approvers = ApprovalPolicyFile.ParseApprovers(path, value);
                    break;
                default:
                    throw ApprovalPolicyFile.Error(path, key, $"unknown key '{key.Value}' in blast_radius (expected targets, approvers)");
            }
        }

        return targets is { } t && approvers is { } a
            ? new BlastRadiusRule(t, a)
            : throw ApprovalPolicyFile.Error(path, node, $"blast_radius needs {(targets is null ? "targets" : "approvers")}");
    }

    private static AssetClass ReadClass(string path, YamlNode node)
    {
        string? name = null;
        AssetCriticality? criticality = null;
        List<AssetPattern>? patterns = null;
        foreach (var (key, value) in Mapping(path, node, "an asset class"))
        {
            switch (key.Value)
            {
                case "name":
                    name = Text(path, value, "a name");
                    break;
                case "criticality":
                    criticality = ParseCriticality(path, value);
                    break;
                case "match":
                    patterns = ReadPatterns(path, value);
                    break;
                default:
                    throw ApprovalPolicyFile.Error(path, key, $"unknown key '{key.Value}' in an asset class (expected name, criticality, match)");
            }
        }

        var missing = name is null ? "name" : criticality is null ? "criticality" : patterns is null ? "match" : null;
        return missing is null
            ? new AssetClass(name!, criticality!.Value, patterns!)
            : throw ApprovalPolicyFile.Error(path, node, $"an asset class needs {missing}");
    }

    private static List<AssetPattern> ReadPatterns(string path, YamlNode node)
    {
        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            throw ApprovalPolicyFile.Error(path, node, "match must be a non-empty list of name globs and CIDRs");
        }

        var patterns = new List<AssetPattern>();
        foreach (var item in list)
        {
            var text = Text(path, item, "a name glob or a CIDR");
            patterns.Add(AssetPattern.TryParse(text, out var error) ?? throw ApprovalPolicyFile.Error(path, item, error!));
        }

        return patterns;
    }

    private static IEnumerable<(YamlScalarNode Key, YamlNode Value)> Mapping(string path, YamlNode node, string what) =>
        node is YamlMappingNode map
            ? map.Children.Select(p => (p.Key as YamlScalarNode ?? throw ApprovalPolicyFile.Error(path, p.Key, "expected a key"), p.Value))
            : throw ApprovalPolicyFile.Error(path, node, $"{what} must be a mapping");

    private static string Text(string path, YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : throw ApprovalPolicyFile.Error(path, node, $"expected {what}");

    private static AssetCriticality ParseCriticality(string path, YamlNode node) =>
        node is YamlScalarNode { Value: { } text } && text.All(char.IsAsciiLetter) && Enum.TryParse<AssetCriticality>(text, ignoreCase: true, out var level)
            ? level
            : throw ApprovalPolicyFile.Error(path, node, "expected a criticality: low, medium, high or critical");
}
