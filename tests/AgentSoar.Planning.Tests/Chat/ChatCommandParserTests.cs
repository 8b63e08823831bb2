using AgentSoar.Planning.Chat;

namespace AgentSoar.Planning.Tests.Chat;

public sealed class ChatCommandParserTests
{
    [Theory]
    [InlineData("block 203.0.113.9 for 24h", "deny", "ip", "203.0.113.9", 24.0)]
    [InlineData("Block 203.0.113.0/24 for a day.", "deny", "ip", "203.0.113.0/24", 24.0)]
    [InlineData("please block the ip 2001:db8::7 for 30m", "deny", "ip", "2001:db8::7", 0.5)]
    [InlineData("unblock 203.0.113.9", "allow", "ip", "203.0.113.9", null)]
    [InlineData("block login-update.example", "deny", "domain", "login-update.example", null)]
    [InlineData("block hash 44D88612FEA8A8F36DE82E1278ABB02F", "deny", "hash", "44D88612FEA8A8F36DE82E1278ABB02F", null)]
    [InlineData("isolate host WS-042", "contain", "host", "WS-042", null)]
    [InlineData("isolate WS-042", "contain", "host", "WS-042", null)]
    [InlineData("release host ws-042", "allow", "host", "ws-042", null)]
    [InlineData("disable user CORP\\jdoe", "set", "user", "CORP\\jdoe", null)]
    [InlineData("look up 198.51.100.23", "query", "ip", "198.51.100.23", null)]
    [InlineData("block 203.0.113.9 for 2 days", "deny", "ip", "203.0.113.9", 48.0)]
    public void Parse_Commands_BecomeActionsWithCheckedValues(string message, string openC2, string target, string value, double? hours)
    {
        var intent = ChatCommandParser.Parse(message);

        Assert.Equal(ChatIntentKind.Act, intent.Kind);
        var action = intent.Action!;
        Assert.Equal((openC2, target, value), (action.OpenC2Action, action.Target, action.Value));
        Assert.Equal(hours, action.Duration?.TotalHours);
    }

    [Theory]
    [InlineData("why did you pick this?", ChatIntentKind.Why)]
    [InlineData("Why?", ChatIntentKind.Why)]
    [InlineData("what ran on this incident?", ChatIntentKind.WhatRan)]
    [InlineData("What has run here", ChatIntentKind.WhatRan)]
    [InlineData("help", ChatIntentKind.Help)]
    [InlineData("", ChatIntentKind.Help)]
    public void Parse_Questions_AreRecognised(string message, ChatIntentKind expected)
    {
        Assert.Equal(expected, ChatCommandParser.Parse(message).Kind);
    }

    [Theory]
    [InlineData("block banana", "not an IP address, a domain or a hash")]
    [InlineData("block ip 999.1.1.1", "not an IP address")]
    [InlineData("block hash xyz", "not an MD5")]
    [InlineData("isolate host ws-042;rm", "not a host name")]
    [InlineData("block 203.0.113.9 for ever", "not a duration")]
    [InlineData("block 203.0.113.9 for 9999 days", "not a duration")]
    [InlineData("make me a sandwich", "did not understand")]
    [InlineData("block 203.0.113.9 and 10.0.0.1", "did not understand")]
    public void Parse_WhatCannotBeTakenSafely_IsNotUnderstoodWithTheReason(string message, string expected)
    {
        var intent = ChatCommandParser.Parse(message);

        Assert.Equal(ChatIntentKind.Unknown, intent.Kind);
        Assert.Contains(expected, intent.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooLong_IsNotUnderstood()
    {
        var intent = ChatCommandParser.Parse("block " + new string('a', ChatCommandParser.MaxMessageLength));

        Assert.Equal(ChatIntentKind.Unknown, intent.Kind);
    }
}
