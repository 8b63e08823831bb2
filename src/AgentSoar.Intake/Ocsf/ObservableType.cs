namespace AgentSoar.Intake.Ocsf;

/// <summary>
/// OCSF observable type ids (<c>observables[].type_id</c>) the normaliser writes, with their captions.
/// A domain name is an OCSF hostname (<c>hostname_t</c>: "a domain name ... that can be resolved through
/// DNS"); a full file path, which OCSF has no scalar type for, is written as Other (99) typed <c>File Path</c>.
/// </summary>
public static class ObservableType
{
    /// <summary>Hostname, domain name included.</summary>
    public const int Hostname = 1;

    /// <summary>IP address (v4 or v6).</summary>
    public const int IpAddress = 2;

    /// <summary>MAC address.</summary>
    public const int MacAddress = 3;

    /// <summary>User name.</summary>
    public const int UserName = 4;

    /// <summary>Email address.</summary>
    public const int EmailAddress = 5;

    /// <summary>URL string.</summary>
    public const int UrlString = 6;

    /// <summary>File name (no folder).</summary>
    public const int FileName = 7;

    /// <summary>Hash (MD5, SHA-1, SHA-256, ...).</summary>
    public const int Hash = 8;

    /// <summary>Process name.</summary>
    public const int ProcessName = 9;

    /// <summary>Resource UID.</summary>
    public const int ResourceUid = 10;

    /// <summary>Port.</summary>
    public const int Port = 11;

    /// <summary>Command line.</summary>
    public const int CommandLine = 13;

    /// <summary>Other: the <c>type</c> text says what it is (<c>File Path</c>, <c>Registry Key</c>).</summary>
    public const int Other = 99;

    /// <summary>The OCSF caption of a type id; <c>Other</c> for ids this table does not know.</summary>
    /// <param name="typeId">An observable type id.</param>
    /// <returns>The caption.</returns>
    public static string Caption(int typeId) => typeId switch
    {
        Hostname => "Hostname",
        IpAddress => "IP Address",
        MacAddress => "MAC Address",
        UserName => "User Name",
        EmailAddress => "Email Address",
        UrlString => "URL String",
        FileName => "File Name",
        Hash => "Hash",
        ProcessName => "Process Name",
        ResourceUid => "Resource UID",
        Port => "Port",
        CommandLine => "Command Line",
        0 => "Unknown",
        _ => "Other",
    };
}
