using System.Text.RegularExpressions;

namespace AgentSoar.Connectors.Ldap;

/// <summary>Checks attribute descriptions (RFC 4512: a name or a numeric OID, with options) and knows which ones hold passwords.</summary>
internal static partial class AttributeNames
{
    // Never returned by lookup_user, whatever the input or the configuration asks.
    private static readonly HashSet<string> Secret = new(StringComparer.OrdinalIgnoreCase)
    {
        "userPassword", "unicodePwd", "dBCSPwd", "ntPwdHistory", "lmPwdHistory", "supplementalCredentials",
        "pwdHistory", "authPassword", "sambaNTPassword", "sambaLMPassword", "msDS-ManagedPassword",
        "ms-Mcs-AdmPwd", "msLAPS-Password", "msLAPS-EncryptedPassword", "krbPrincipalKey",
    };

    public static bool IsValid(string name) => name.Length <= 128 && Pattern().IsMatch(name);

    public static bool IsSecret(string name)
    {
        var semicolon = name.IndexOf(';', StringComparison.Ordinal);
        return Secret.Contains(semicolon < 0 ? name : name[..semicolon]);
    }

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9-]*|[0-9]+(\.[0-9]+)+)(;[A-Za-z0-9-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
