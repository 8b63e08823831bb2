using System.Net.Sockets;
using AgentSoar.Hosting.Bus;
using Npgsql;

namespace AgentSoar.Coordinator.Tests.Bus;

/// <summary>
/// What the Coordinator's consumers retry for minutes (the database or broker away) and what goes to
/// the error queue after a few tries, judged on the exceptions Npgsql really throws.
/// </summary>
public sealed class TransientFaultsTests
{
    [Theory]
    [InlineData("57P01")] // admin_shutdown: pg_ctl stop -m fast ends the session
    [InlineData("57P03")] // cannot_connect_now: the server is starting up
    [InlineData("08006")] // connection_failure
    [InlineData("53300")] // too_many_connections
    public void IsTransient_ServerGoingOrComing_True(string sqlState)
    {
        var ex = new PostgresException("server away", "FATAL", "FATAL", sqlState);

        Assert.True(TransientFaults.IsTransient(ex));
    }

    [Theory]
    [InlineData("23505")] // unique_violation
    [InlineData("42P01")] // undefined_table
    [InlineData("22P02")] // invalid_text_representation
    public void IsTransient_WrongStatementOrData_False(string sqlState)
    {
        var ex = new PostgresException("bad", "ERROR", "ERROR", sqlState);

        Assert.False(TransientFaults.IsTransient(ex));
    }

    [Fact]
    public void IsTransient_ConnectionRefusedInsideOtherExceptions_True()
    {
        var refused = new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));
        var wrapped = new InvalidOperationException("intake failed", new AggregateException(refused));

        Assert.True(TransientFaults.IsTransient(wrapped));
    }

    [Fact]
    public void IsTransient_Bug_False()
    {
        Assert.False(TransientFaults.IsTransient(new InvalidOperationException("a bug", new ArgumentException("bad input"))));
        Assert.False(TransientFaults.IsTransient(null));
    }

    [Fact]
    public void TransientIntervals_FiveMinutes_GrowToTheCapAndCoverTheLimit()
    {
        var intervals = RetryPolicies.TransientIntervals(TimeSpan.FromMinutes(5));

        Assert.Equal(TimeSpan.FromMilliseconds(200), intervals[0]);
        Assert.Equal(RetryPolicies.MaxTransientInterval, intervals.Max());
        Assert.True(intervals.Zip(intervals.Skip(1)).All(p => p.First <= p.Second));
        Assert.InRange(intervals.Aggregate(TimeSpan.Zero, (a, b) => a + b), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5) + RetryPolicies.MaxTransientInterval);
    }
}
