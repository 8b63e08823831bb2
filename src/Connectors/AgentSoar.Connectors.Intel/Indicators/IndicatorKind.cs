namespace AgentSoar.Connectors.Intel;

/// <summary>The kinds of indicator the connector looks up, written <c>ip</c>, <c>domain</c>, <c>url</c> and <c>hash</c>.</summary>
public enum IndicatorKind
{
    /// <summary>An IPv4 or IPv6 address (feeds may list networks in CIDR notation).</summary>
    Ip,

    /// <summary>A DNS domain name.</summary>
    Domain,

    /// <summary>An absolute URL.</summary>
    Url,

    /// <summary>A file hash: MD5, SHA-1, SHA-256 or SHA-512 in hex.</summary>
    Hash,
}
