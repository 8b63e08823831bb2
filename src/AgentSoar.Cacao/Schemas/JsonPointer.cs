namespace AgentSoar.Cacao.Schemas;

/// <summary>Builds JSON pointers (RFC 6901), the locations problems in a CACAO file are reported at.</summary>
public static class JsonPointer
{
    public static string Append(string pointer, string token) =>
        $"{pointer}/{token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";

    public static string Append(string pointer, int index) => $"{pointer}/{index}";
}
