namespace AgentSoar.Playbooks.Expressions.Functions;

/// <summary>
/// A name playbooks use for an observable type, and what it matches in an OCSF <c>observables</c> entry:
/// the <c>type_id</c>s, or the <c>type</c> string compared case-insensitively.
/// </summary>
internal sealed record ObservableKind(string Name, int[] TypeIds, string[] TypeNames)
{
    /// <summary>
    /// OCSF observable type_ids: 1 Hostname, 2 IP Address, 4 User Name, 5 Email Address, 6 URL String, 7 File Name,
    /// 8 Hash, 9 Process Name, 20 Endpoint, 21 User, 23 Uniform Resource Locator, 24 File, 25 Process, 30 Fingerprint.
    /// OCSF has no domain type: its Hostname covers domain names, so 'domain' also matches type_id 1.
    /// </summary>
    public static IReadOnlyDictionary<string, ObservableKind> All { get; } = new ObservableKind[]
    {
        new("hostname", [1, 20], ["hostname", "endpoint"]),
        new("ip", [2], ["ip", "ip address"]),
        new("user", [4, 21], ["user", "user name"]),
        new("email", [5], ["email", "email address"]),
        new("url", [6, 23], ["url", "url string", "uniform resource locator"]),
        new("domain", [1], ["domain", "domain name"]),
        new("file", [7, 24], ["file", "file name"]),
        new("hash", [8, 30], ["hash", "fingerprint"]),
        new("process", [9, 25], ["process", "process name"]),
    }.ToDictionary(k => k.Name, StringComparer.Ordinal);

    public static string Names => string.Join(", ", All.Keys);

    public bool Matches(MapValue observable) =>
        (observable.Get("type_id") is NumberValue { IsInteger: true } id && TypeIds.Contains((int)Math.Clamp(id.Value, int.MinValue, int.MaxValue)))
        || (observable.Get("type") is StringValue type && TypeNames.Contains(type.Value, StringComparer.OrdinalIgnoreCase));
}
