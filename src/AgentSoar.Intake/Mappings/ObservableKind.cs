using AgentSoar.Intake.Ocsf;

namespace AgentSoar.Intake.Mappings;

/// <summary>The observable types a mapping names (<c>type: ip</c>), with the OCSF type id each becomes.</summary>
internal static class ObservableKind
{
    public static readonly IReadOnlyDictionary<string, (int TypeId, string? Caption)> Names = new Dictionary<string, (int, string?)>(StringComparer.Ordinal)
    {
        ["hostname"] = (ObservableType.Hostname, null),
        ["domain"] = (ObservableType.Hostname, null),
        ["ip"] = (ObservableType.IpAddress, null),
        ["mac"] = (ObservableType.MacAddress, null),
        ["user"] = (ObservableType.UserName, null),
        ["email"] = (ObservableType.EmailAddress, null),
        ["url"] = (ObservableType.UrlString, null),
        ["file"] = (ObservableType.FileName, null),
        ["hash"] = (ObservableType.Hash, null),
        ["process"] = (ObservableType.ProcessName, null),
        ["resource_uid"] = (ObservableType.ResourceUid, null),
        ["port"] = (ObservableType.Port, null),
        ["command_line"] = (ObservableType.CommandLine, null),
        ["file_path"] = (ObservableType.Other, "File Path"),
        ["registry_key"] = (ObservableType.Other, "Registry Key"),
    };
}
