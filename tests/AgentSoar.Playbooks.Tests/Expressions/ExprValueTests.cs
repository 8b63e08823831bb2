using System.Net;
using System.Text.Json.Nodes;
using AgentSoar.Playbooks.Expressions;

namespace AgentSoar.Playbooks.Tests.Expressions;

public sealed class ExprValueTests
{
    [Fact]
    public void FromJson_EachJsonKind_GivesTheMatchingType()
    {
        var json = JsonNode.Parse("""{"n": 1.5, "s": "x", "b": true, "z": null, "l": [1, "a"], "m": {"k": false}}""");

        var value = Assert.IsType<MapValue>(ExprValue.FromJson(json));

        Assert.Equal(new NumberValue(1.5m), value.Get("n"));
        Assert.Equal(new StringValue("x"), value.Get("s"));
        Assert.Equal(BoolValue.True, value.Get("b"));
        Assert.Equal(ExprValue.Null, value.Get("z"));
        Assert.Equal(new ListValue([new NumberValue(1), new StringValue("a")]), value.Get("l"));
        Assert.Equal(BoolValue.False, Assert.IsType<MapValue>(value.Get("m")).Get("k"));
    }

    [Fact]
    public void FromJson_Null_IsTheNullValue() => Assert.Same(NullValue.Instance, ExprValue.FromJson(null));

    [Fact]
    public void FromJson_ValuesBuiltFromClrTypes_Convert()
    {
        Assert.Equal(new NumberValue(2.5m), ExprValue.FromJson(JsonValue.Create(2.5)));
        Assert.Equal(new NumberValue(7), ExprValue.FromJson(JsonValue.Create(7L)));
        Assert.Equal(new StringValue("a"), ExprValue.FromJson(JsonValue.Create("a")));
        Assert.IsType<MapValue>(ExprValue.FromJson(JsonValue.Create(new Dictionary<string, int> { ["a"] = 1 })));
    }

    [Fact]
    public void FromJson_NumberBeyondDecimalRange_Saturates()
    {
        Assert.Equal(new NumberValue(decimal.MaxValue), ExprValue.FromJson(JsonNode.Parse("1e300")));
        Assert.Equal(new NumberValue(decimal.MinValue), ExprValue.FromJson(JsonNode.Parse("-1e300")));
    }

    [Fact]
    public void ToJson_ThenFromJson_RoundTripsJsonTypes()
    {
        const string text = """{"n":-12.25,"i":9007199254740993,"s":"é\n","b":false,"z":null,"l":[[],{}],"m":{"k":[1,"2"]}}""";

        var json = ExprValue.FromJson(JsonNode.Parse(text)).ToJson();

        Assert.Equal(text, json!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void ToJson_NumbersWithTrailingZeros_AreNormalised()
    {
        Assert.Equal("2.5", new NumberValue(2.50m).ToJson().ToJsonString());
        Assert.Equal("3", new NumberValue(3.000m).ToJson().ToJsonString());
    }

    [Fact]
    public void ToJson_TypedValues_BecomeStrings()
    {
        var at = new DateTimeOffset(2024, 5, 1, 14, 0, 0, TimeSpan.FromHours(2));

        Assert.Equal("\"2024-05-01T12:00:00Z\"", new TimestampValue(at).ToJson().ToJsonString());
        Assert.Equal("\"1h30m\"", new DurationValue(TimeSpan.FromMinutes(90)).ToJson().ToJsonString());
        Assert.Equal("\"2001:db8::1\"", new IpValue(IPAddress.Parse("2001:db8::1")).ToJson().ToJsonString());
    }

    [Fact]
    public void ToString_Null_RendersEmpty() => Assert.Equal(string.Empty, ExprValue.Null.ToString());

    [Fact]
    public void Equals_MapsIgnoreKeyOrderAndNumbersIgnoreScale()
    {
        var a = new MapValue(new Dictionary<string, ExprValue> { ["x"] = new NumberValue(1.0m), ["y"] = BoolValue.True });
        var b = new MapValue(new Dictionary<string, ExprValue> { ["y"] = BoolValue.True, ["x"] = new NumberValue(1m) });

        Assert.Equal(a, b);
        Assert.Equal(new NumberValue(1.0m).GetHashCode(), new NumberValue(1m).GetHashCode());
    }

    [Theory]
    [InlineData("10.0.0.1", true)]
    [InlineData("2001:db8::1", true)]
    [InlineData("::ffff:192.0.2.1", true)]
    [InlineData("10.0.1", false)]
    [InlineData("1", false)]
    [InlineData("010.0.0.1", false)]
    [InlineData("0x0a.0.0.1", false)]
    [InlineData("10.0.0.256", false)]
    [InlineData("0.0.0.0", true)]
    [InlineData("fe80::1%eth0", false)]
    [InlineData("host.example", false)]
    [InlineData("", false)]
    public void IpValueTryParse_AcceptsOnlyFullAddresses(string text, bool expected) =>
        Assert.Equal(expected, IpValue.TryParse(text, out _));
}
