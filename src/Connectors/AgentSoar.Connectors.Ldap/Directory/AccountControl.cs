using System.Globalization;
using AgentSoar.Connectors.Sdk;

namespace AgentSoar.Connectors.Ldap;

/// <summary>Active Directory's <c>userAccountControl</c> flags, of which the connector changes only ACCOUNTDISABLE.</summary>
internal static class AccountControl
{
    /// <summary>ACCOUNTDISABLE (bit 2, value 0x2).</summary>
    public const int Disabled = 0x2;

    /// <summary>The entry's flags; a failure when the attribute is missing or not a number.</summary>
    public static int Read(UserEntry user)
    {
        var text = Entries.First(user.Entry, "userAccountControl");
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw LdapDirectory.Fail(ActionFailure.Permanent($"The entry {user.Dn} has no readable userAccountControl ('{text}'): is it an Active Directory user?"));
    }

    public static int With(int flags, bool disabled) => disabled ? flags | Disabled : flags & ~Disabled;

    public static string Format(int flags) => flags.ToString(CultureInfo.InvariantCulture);
}
