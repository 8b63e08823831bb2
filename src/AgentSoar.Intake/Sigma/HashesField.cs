namespace AgentSoar.Intake.Sigma;

/// <summary>
/// Reads Sysmon's <c>Hashes</c> field, <c>MD5=...,SHA256=...,IMPHASH=...</c> (or a bare hash), keeping
/// values that are hexadecimal of a hash's length.
/// </summary>
internal static class HashesField
{
    public static IEnumerable<(string Algorithm, string Value)> Parse(string text)
    {
        foreach (var part in text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var algorithm = equals < 0 ? string.Empty : part[..equals].ToUpperInvariant();
            var value = equals < 0 ? part : part[(equals + 1)..];
            if (value.Length is 32 or 40 or 64 or 128 && value.All(char.IsAsciiHexDigit))
            {
                yield return (algorithm, value.ToLowerInvariant());
            }
        }
    }
}
