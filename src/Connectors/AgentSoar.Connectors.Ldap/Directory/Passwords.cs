using System.Security.Cryptography;
using System.Text;

namespace AgentSoar.Connectors.Ldap;

/// <summary>Random passwords and the ways each flavour sets them. A password is never logged, returned or put in a message.</summary>
internal static class Passwords
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!#%+-=?@^_~";
    private const string All = Upper + Lower + Digits + Symbols;

    /// <summary>The OID of the LDAP Password Modify extended operation (RFC 3062).</summary>
    public const string PasswordModifyOid = "1.3.6.1.4.1.4203.1.11.1";

    /// <summary>
    /// A password of <paramref name="length"/> characters from a cryptographic generator, with at
    /// least one upper-case letter, lower-case letter, digit and symbol (Active Directory's complexity rule).
    /// </summary>
    public static string Generate(int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 4);
        var chars = new char[length];
        chars[0] = RandomNumberGenerator.GetItems<char>(Upper, 1)[0];
        chars[1] = RandomNumberGenerator.GetItems<char>(Lower, 1)[0];
        chars[2] = RandomNumberGenerator.GetItems<char>(Digits, 1)[0];
        chars[3] = RandomNumberGenerator.GetItems<char>(Symbols, 1)[0];
        RandomNumberGenerator.GetItems<char>(All, length - 4).CopyTo(chars, 4);
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    /// <summary>
    /// The request value of a Password Modify extended operation:
    /// <c>SEQUENCE { userIdentity [0] OCTET STRING, newPasswd [2] OCTET STRING }</c> (BER, definite lengths).
    /// </summary>
    public static byte[] PasswordModifyValue(string userDn, string newPassword)
    {
        var identity = Tagged(0x80, Encoding.UTF8.GetBytes(userDn));
        var password = Tagged(0x82, Encoding.UTF8.GetBytes(newPassword));
        return Tagged(0x30, [.. identity, .. password]);
    }

    /// <summary>Active Directory's <c>unicodePwd</c> value: the password in double quotes, UTF-16LE.</summary>
    public static byte[] UnicodePwd(string newPassword) => Encoding.Unicode.GetBytes($"\"{newPassword}\"");

    private static byte[] Tagged(byte tag, byte[] content)
    {
        var length = content.Length;
        byte[] header = length switch
        {
            < 0x80 => [tag, (byte)length],
            < 0x100 => [tag, 0x81, (byte)length],
            < 0x10000 => [tag, 0x82, (byte)(length >> 8), (byte)length],
            _ => [tag, 0x83, (byte)(length >> 16), (byte)(length >> 8), (byte)length],
        };
        return [.. header, .. content];
    }
}
