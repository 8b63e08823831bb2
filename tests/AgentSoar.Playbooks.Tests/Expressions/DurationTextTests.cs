using AgentSoar.Playbooks.Expressions;

namespace AgentSoar.Playbooks.Tests.Expressions;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("500ms", 0, 0, 0, 500)]
    [InlineData("10s", 0, 0, 10, 0)]
    [InlineData("15m", 0, 15, 0, 0)]
    [InlineData("24h", 24, 0, 0, 0)]
    [InlineData("7d", 168, 0, 0, 0)]
    [InlineData("1h30m", 1, 30, 0, 0)]
    [InlineData("1d2h3m4s5ms", 26, 3, 4, 5)]
    [InlineData("0s", 0, 0, 0, 0)]
    [InlineData("90m", 1, 30, 0, 0)]
    public void TryParse_ValidNotation_GivesTheDuration(string text, int hours, int minutes, int seconds, int ms)
    {
        Assert.True(DurationText.TryParse(text, out var duration));
        Assert.Equal(new TimeSpan(0, hours, minutes, seconds, ms), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("s")]
    [InlineData("10x")]
    [InlineData("30m1h")]
    [InlineData("1h1h")]
    [InlineData("1.5h")]
    [InlineData("-1h")]
    [InlineData("1h 30m")]
    [InlineData("10S")]
    [InlineData("99999999999999999999d")]
    [InlineData("999999999d")]
    public void TryParse_InvalidNotation_Fails(string text) => Assert.False(DurationText.TryParse(text, out _));

    [Theory]
    [InlineData("1h30m")]
    [InlineData("7d")]
    [InlineData("1d2h3m4s5ms")]
    [InlineData("0s")]
    public void Format_ParsedDuration_RoundTrips(string text)
    {
        Assert.True(DurationText.TryParse(text, out var duration));
        Assert.Equal(text, DurationText.Format(duration));
    }

    [Fact]
    public void Format_NegativeDuration_HasAMinus() => Assert.Equal("-1m30s", DurationText.Format(TimeSpan.FromSeconds(-90)));
}
