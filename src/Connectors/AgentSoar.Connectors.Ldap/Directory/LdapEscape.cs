using System.Text;

namespace AgentSoar.Connectors.Ldap;

/// <summary>
/// Escaping of values put into search filters (RFC 4515). No input is ever put into a DN: the DNs
/// the connector modifies are the ones the directory returned from an escaped search.
/// </summary>
internal static class LdapEscape
{
    /// <summary>
    /// Escapes a value for an equality assertion in a filter: <c>\ * ( )</c>, NUL and every other
    /// control character become <c>\XX</c>, so <c>*)(uid=*</c> matches that literal text and nothing else.
    /// </summary>
    public static string FilterValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (c is '\\' or '*' or '(' or ')' || char.IsControl(c))
            {
                // Control characters are below U+00A0, so one UTF-8 byte each except U+0080..U+009F.
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                {
                    builder.Append('\\').Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Puts the escaped user name into a filter template at each <c>{user}</c>.</summary>
    public static string UserFilter(string template, string user) =>
        template.Replace(LdapOptions.UserPlaceholder, FilterValue(user), StringComparison.Ordinal);
}
