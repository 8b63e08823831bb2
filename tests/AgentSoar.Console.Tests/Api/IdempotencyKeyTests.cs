using System.Security.Claims;
using AgentSoar.Console.Api;
using Microsoft.AspNetCore.Http;

namespace AgentSoar.Console.Tests.Api;

public sealed class IdempotencyKeyTests
{
    [Fact]
    public void MessageId_SameCallerOperationAndKey_IsTheSame_AnyDifferenceChangesIt()
    {
        var first = IdempotencyKey.MessageId(Request("alice", "k-1"), "TagIncident", out _);
        var again = IdempotencyKey.MessageId(Request("alice", "k-1"), "TagIncident", out _);
        var otherCaller = IdempotencyKey.MessageId(Request("bob", "k-1"), "TagIncident", out _);
        var otherOperation = IdempotencyKey.MessageId(Request("alice", "k-1"), "CloseIncident", out _);
        var otherKey = IdempotencyKey.MessageId(Request("alice", "k-2"), "TagIncident", out _);

        Assert.NotNull(first);
        Assert.Equal(first, again);
        Assert.Equal(4, new[] { first, otherCaller, otherOperation, otherKey }.Distinct().Count());
        Assert.Equal(8, first!.Value.Version);
    }

    [Fact]
    public void MessageId_NoHeader_IsNullWithoutProblem()
    {
        var id = IdempotencyKey.MessageId(Request("alice", null), "TagIncident", out var problem);

        Assert.Null(id);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("line\nbreak")]
    public void MessageId_UnusableKey_IsAProblem(string key)
    {
        var id = IdempotencyKey.MessageId(Request("alice", key), "TagIncident", out var problem);

        Assert.Null(id);
        Assert.NotNull(problem);
    }

    [Fact]
    public void MessageId_KeyTooLong_IsAProblem()
    {
        IdempotencyKey.MessageId(Request("alice", new string('k', IdempotencyKey.MaxLength + 1)), "TagIncident", out var problem);

        Assert.NotNull(problem);
    }

    private static DefaultHttpContext Request(string caller, string? key)
    {
        var http = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, caller)], "test")) };
        if (key is not null)
        {
            http.Request.Headers[IdempotencyKey.Header] = key;
        }

        return http;
    }
}
