using AgentSoar.Console.Api;

namespace AgentSoar.Console.Tests.Alerts;

public sealed class BoundedBodyTests
{
    [Theory]
    [InlineData(0, 10, true)]
    [InlineData(10, 10, true)]
    [InlineData(11, 10, false)]
    [InlineData(100_000, 65_536, false)]
    public async Task ReadAsync_RespectsTheLimitExactly(int size, int limit, bool accepted)
    {
        using var body = new MemoryStream(new byte[size]);

        var read = await BoundedBody.ReadAsync(body, limit, CancellationToken.None);

        Assert.Equal(accepted, read is not null);
        if (accepted)
        {
            Assert.Equal(size, read!.Length);
        }
    }
}
