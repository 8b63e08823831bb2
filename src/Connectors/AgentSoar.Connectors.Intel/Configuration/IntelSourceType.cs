namespace AgentSoar.Connectors.Intel;

/// <summary>The kinds of source, written <c>Stix</c>, <c>Csv</c>, <c>List</c> and <c>Http</c> in configuration.</summary>
public enum IntelSourceType
{
    /// <summary>A STIX 2.1 bundle file, or a folder of <c>*.json</c> bundles.</summary>
    Stix,

    /// <summary>A CSV file with configurable columns.</summary>
    Csv,

    /// <summary>A text file with one indicator per line; <c>#</c> starts a comment.</summary>
    List,

    /// <summary>An HTTP reputation service called through a URL template.</summary>
    Http,
}
