namespace AgentSoar.Connectors.Ldap.Tests;

public sealed class PasswordsTests
{
    [Fact]
    public void Generate_ManyPasswords_EachHasEveryCharacterClassAndTheLength()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => Passwords.Generate(20)).ToList();

        Assert.All(passwords, password =>
        {
            Assert.Equal(20, password.Length);
            Assert.Contains(password, char.IsUpper);
            Assert.Contains(password, char.IsLower);
            Assert.Contains(password, char.IsDigit);
            Assert.Contains(password, c => !char.IsLetterOrDigit(c));
        });
        Assert.Equal(passwords.Count, passwords.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void PasswordModifyValue_ShortAndLongFields_EncodesTheRfc3062Sequence()
    {
        Assert.Equal(
            [0x30, 0x08, 0x80, 0x03, (byte)'u', (byte)'=', (byte)'a', 0x82, 0x01, (byte)'p'],
            Passwords.PasswordModifyValue("u=a", "p"));

        var longDn = new string('x', 200);
        var value = Passwords.PasswordModifyValue(longDn, "p");
        Assert.Equal([0x30, 0x81, 200 + 3 + 3, 0x80, 0x81, 200], value[..6]);
        Assert.Equal(3 + 200 + 3 + 3, value.Length);
    }
}
