using System.Text.Json;
using AgentSoar.ConnectorHost.Secrets;

namespace AgentSoar.ConnectorHost.Tests.Secrets;

public sealed class SecretMaskerTests
{
    [Fact]
    public void Mask_TextContainingSecret_ReplacesEveryOccurrence()
    {
        var masker = new SecretMasker();
        masker.Add("hunter22");

        Assert.Equal("a *** b ***", masker.Mask("a hunter22 b hunter22"));
    }

    [Fact]
    public void Mask_SecretContainingAnother_MasksTheLongerWhole()
    {
        var masker = new SecretMasker();
        masker.Add("abcd");
        masker.Add("abcdefgh");

        Assert.Equal("x *** y", masker.Mask("x abcdefgh y"));
    }

    [Fact]
    public void Add_ValueShorterThanMinimum_IsNotMasked()
    {
        var masker = new SecretMasker();
        masker.Add("abc");

        Assert.Equal("abc", masker.Mask("abc"));
        Assert.False(masker.HasSecrets);
    }

    [Fact]
    public void Mask_JsonWithSecretInValuesAndNames_MasksBoth()
    {
        var masker = new SecretMasker();
        masker.Add("s3cr3t+\"quoted");
        var json = JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["plain"] = "token s3cr3t+\"quoted here",
            ["s3cr3t+\"quoted"] = new[] { "s3cr3t+\"quoted", "ok" },
            ["number"] = 3,
        });

        var masked = masker.Mask(json);

        Assert.DoesNotContain("s3cr3t", masked.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("token *** here", masked.GetProperty("plain").GetString());
        Assert.Equal("ok", masked.GetProperty("***")[1].GetString());
        Assert.Equal(3, masked.GetProperty("number").GetInt32());
    }
}
