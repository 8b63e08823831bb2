using AgentSoar.Console.DeadLetters;
using AgentSoar.Contracts.DeadLetters;

namespace AgentSoar.Console.Tests.DeadLetters;

public sealed class DeadLetterMaskingTests
{
    private static DeadLetterView Letter(string? body) => new(
        Guid.NewGuid(), "agentsoar-alert-received", [], null, "X", "y", null, body, 10, false, false, "svc", DateTimeOffset.UnixEpoch, false, null, null);

    [Fact]
    public void Mask_JsonBodyWithSecretNamedFields_MasksTheirValues()
    {
        var masked = DeadLetterMasking.Mask(Letter("""{"message":{"ip":"203.0.113.7","client_secret":"sec-987654","nested":{"password":"hunter22"}}}"""));

        Assert.DoesNotContain("sec-987654", masked.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter22", masked.Body, StringComparison.Ordinal);
        Assert.Contains("203.0.113.7", masked.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Mask_NotJsonOrNoBody_LeavesItAsItIs()
    {
        Assert.Equal("{garbage", DeadLetterMasking.Mask(Letter("{garbage")).Body);
        Assert.Null(DeadLetterMasking.Mask(Letter(null)).Body);
    }
}
