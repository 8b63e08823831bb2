using System.Net;
using AgentSoar.Intake.Observables;
using AgentSoar.Intake.Ocsf;

namespace AgentSoar.Intake.Sigma;

/// <summary>
/// Which Windows and Sysmon event fields are observables, of which OCSF type, and where they sit in a
/// finding. Field names are those of the Windows event schemas Sigma rules are written against.
/// </summary>
internal static class WindowsObservableFields
{
    private enum Kind
    {
        Text,
        Ip,
        Port,
        ExecutablePath,
        FilePath,
        Hashes,
    }

    private static readonly (string Field, string Name, int TypeId, Kind Kind)[] Fields =
    [
        ("Computer", "device.hostname", ObservableType.Hostname, Kind.Text),
        ("ComputerName", "device.hostname", ObservableType.Hostname, Kind.Text),
        ("SourceHostname", "src_endpoint.hostname", ObservableType.Hostname, Kind.Text),
        ("WorkstationName", "src_endpoint.hostname", ObservableType.Hostname, Kind.Text),
        ("DestinationHostname", "dst_endpoint.hostname", ObservableType.Hostname, Kind.Text),
        ("QueryName", "query.hostname", ObservableType.Hostname, Kind.Text),
        ("SourceIp", "src_endpoint.ip", ObservableType.IpAddress, Kind.Ip),
        ("IpAddress", "src_endpoint.ip", ObservableType.IpAddress, Kind.Ip),
        ("SourceAddress", "src_endpoint.ip", ObservableType.IpAddress, Kind.Ip),
        ("ClientAddress", "src_endpoint.ip", ObservableType.IpAddress, Kind.Ip),
        ("DestinationIp", "dst_endpoint.ip", ObservableType.IpAddress, Kind.Ip),
        ("DestAddress", "dst_endpoint.ip", ObservableType.IpAddress, Kind.Ip),
        ("SourcePort", "src_endpoint.port", ObservableType.Port, Kind.Port),
        ("IpPort", "src_endpoint.port", ObservableType.Port, Kind.Port),
        ("DestinationPort", "dst_endpoint.port", ObservableType.Port, Kind.Port),
        ("DestPort", "dst_endpoint.port", ObservableType.Port, Kind.Port),
        ("User", "actor.user.name", ObservableType.UserName, Kind.Text),
        ("SubjectUserName", "actor.user.name", ObservableType.UserName, Kind.Text),
        ("SourceUser", "actor.user.name", ObservableType.UserName, Kind.Text),
        ("TargetUserName", "user.name", ObservableType.UserName, Kind.Text),
        ("TargetUser", "user.name", ObservableType.UserName, Kind.Text),
        ("AccountName", "user.name", ObservableType.UserName, Kind.Text),
        ("ParentUser", "process.parent_process.user.name", ObservableType.UserName, Kind.Text),
        ("Image", "process", ObservableType.ProcessName, Kind.ExecutablePath),
        ("TargetImage", "process", ObservableType.ProcessName, Kind.ExecutablePath),
        ("SourceImage", "actor.process", ObservableType.ProcessName, Kind.ExecutablePath),
        ("ParentImage", "process.parent_process", ObservableType.ProcessName, Kind.ExecutablePath),
        ("OriginalFileName", "process.file.original_name", ObservableType.FileName, Kind.Text),
        ("CommandLine", "process.cmd_line", ObservableType.CommandLine, Kind.Text),
        ("ParentCommandLine", "process.parent_process.cmd_line", ObservableType.CommandLine, Kind.Text),
        ("Hashes", "file.hashes[].value", ObservableType.Hash, Kind.Hashes),
        ("Hash", "file.hashes[].value", ObservableType.Hash, Kind.Hashes),
        ("TargetFilename", "file", ObservableType.FileName, Kind.FilePath),
        ("ImageLoaded", "file", ObservableType.FileName, Kind.FilePath),
        ("TargetObject", "reg_key.path", ObservableType.Other, Kind.Text),
        ("Url", "url.url_string", ObservableType.UrlString, Kind.Text),
    ];

    public static void AddTo(ObservableSet observables, WindowsEventFields fields)
    {
        foreach (var (field, name, typeId, kind) in Fields)
        {
            if (fields[field] is not { } value)
            {
                continue;
            }

            switch (kind)
            {
                case Kind.Ip when IPAddress.TryParse(value, out var ip):
                    observables.Add(name, typeId, ip.ToString());
                    break;
                case Kind.Port when int.TryParse(value, out var port) && port is > 0 and <= 65535:
                    observables.Add(name, typeId, value);
                    break;
                case Kind.ExecutablePath:
                    observables.Add(name + ".name", typeId, FileNameOf(value));
                    observables.Add(name + ".file.path", ObservableType.Other, value, "File Path");
                    break;
                case Kind.FilePath:
                    observables.Add(name + ".name", typeId, FileNameOf(value));
                    observables.Add(name + ".path", ObservableType.Other, value, "File Path");
                    break;
                case Kind.Hashes:
                    foreach (var hash in HashesField.Parse(value))
                    {
                        observables.Add(name, typeId, hash.Value);
                    }

                    break;
                case Kind.Text:
                    observables.Add(name, typeId, value, typeId == ObservableType.Other ? "Registry Key" : null);
                    break;
            }
        }
    }

    // Windows paths use backslashes, but events from other tools may use slashes.
    private static string FileNameOf(string path)
    {
        var cut = path.TrimEnd('\\', '/').LastIndexOfAny(['\\', '/']);
        return cut < 0 ? path : path[(cut + 1)..];
    }
}
