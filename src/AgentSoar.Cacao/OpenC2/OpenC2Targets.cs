namespace AgentSoar.Cacao.OpenC2;

/// <summary>
/// The targets of the OpenC2 Language Specification 1.0 (section 3.4.1) and their shape: one text value, or an object
/// with these properties. A target outside this list (one a profile adds, such as <c>er:account</c>) has no known shape.
/// </summary>
internal static class OpenC2Targets
{
    public static IReadOnlySet<string> Text { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "command", "domain_name", "email_addr", "idn_domain_name", "idn_email_addr", "ipv4_net", "ipv6_net", "iri", "mac_addr", "uri",
    };

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Objects { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["artifact"] = ["mime_type", "payload", "hashes"],
        ["device"] = ["hostname", "idn_hostname", "device_id"],
        ["file"] = ["name", "path", "hashes"],
        ["ipv4_connection"] = ["src_addr", "src_port", "dst_addr", "dst_port", "protocol"],
        ["ipv6_connection"] = ["src_addr", "src_port", "dst_addr", "dst_port", "protocol"],
        ["process"] = ["pid", "name", "cwd", "executable", "parent", "command_line"],
    };

    /// <summary>The hash algorithms OpenC2 names, by the length of the hash in hex.</summary>
    public static IReadOnlyDictionary<int, string> HashByLength { get; } = new Dictionary<int, string> { [32] = "md5", [40] = "sha1", [64] = "sha256" };
}
