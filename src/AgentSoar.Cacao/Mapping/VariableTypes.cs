namespace AgentSoar.Cacao.Mapping;

/// <summary>CACAO variable types and AgentSoar input types, both ways. CACAO is finer (ipv4 and ipv6, hash kinds), so a round trip can make a type coarser.</summary>
internal static class VariableTypes
{
    public static string ToAgentSoar(string? cacaoType) => cacaoType switch
    {
        "bool" => "boolean",
        "integer" or "long" or "float" => "number",
        "ipv4-addr" or "ipv6-addr" => "ip",
        "uri" => "url",
        "dictionary" => "object",
        null => "any",
        _ => "string",
    };

    public static string ToCacao(string agentSoarType, string? value) => agentSoarType switch
    {
        "boolean" => "bool",
        "number" => value is not null && value.Contains('.', StringComparison.Ordinal) ? "float" : "integer",
        "ip" => value is not null && value.Contains(':', StringComparison.Ordinal) ? "ipv6-addr" : "ipv4-addr",
        "url" => "uri",
        "object" => "dictionary",
        _ => "string",
    };
}
