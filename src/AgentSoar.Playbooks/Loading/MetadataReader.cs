using System.Text.RegularExpressions;
using AgentSoar.Playbooks.Model;
using YamlDotNet.RepresentationModel;

namespace AgentSoar.Playbooks.Loading;

/// <summary>Reads <c>metadata</c>: id, name, version (default 1), description, tags.</summary>
internal static partial class MetadataReader
{
    public static PlaybookMetadata? Read(LoadContext context, YamlMappingNode node)
    {
        var metadata = new MappingReader(context, node, "metadata", PlaybookKeys.Metadata);
        var id = metadata.String("id", required: true);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            context.Error(metadata.Get("id")!, $"playbook id '{id}' must be lower case letters, digits and '-', starting with a letter or digit");
        }

        var name = metadata.String("name", required: true);
        var version = metadata.Integer("version", min: 1) ?? 1;
        var description = metadata.String("description");
        var tags = metadata.StringList("tags");
        return id is null || name is null
            ? null
            : new PlaybookMetadata(id, name, version, description, tags) { IdLocation = context.Locate(metadata.Get("id")!) };
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
