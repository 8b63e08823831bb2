using AgentSoar.Console.Ui.Room;

namespace AgentSoar.Console.Tests.Room;

public sealed class RoomCommandParserTests
{
    [Fact]
    public void Parse_PlainWords_IsAMessageKeptAsTyped()
    {
        var command = RoomCommandParser.Parse("  block 203.0.113.9 for 1d ");

        Assert.Equal(new SayCommand("block 203.0.113.9 for 1d"), command);
    }

    [Theory]
    [InlineData("/approve 2", 2, null)]
    [InlineData("/approve #3 checked the proxy logs", 3, "checked the proxy logs")]
    [InlineData("/APPROVE 1", 1, null)]
    public void Parse_Approve_ReadsTheNumberAndTheNote(string line, int number, string? note)
    {
        Assert.Equal(new ApproveCommand(number, note), RoomCommandParser.Parse(line));
    }

    [Theory]
    [InlineData("/approve")]
    [InlineData("/approve 0")]
    [InlineData("/approve two")]
    [InlineData("/approve -1")]
    public void Parse_ApproveWithoutAValidNumber_IsInvalidWithTheUsage(string line)
    {
        var invalid = Assert.IsType<InvalidCommand>(RoomCommandParser.Parse(line));

        Assert.Contains("/approve N", invalid.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectWithReason_KeepsTheWholeReason()
    {
        Assert.Equal(new RejectCommand(1, "this is our own scanner"), RoomCommandParser.Parse("/reject 1 this is our own scanner"));
    }

    [Fact]
    public void Parse_RejectWithoutReason_IsInvalidSayingAReasonIsRequired()
    {
        var invalid = Assert.IsType<InvalidCommand>(RoomCommandParser.Parse("/reject 1"));

        Assert.Contains("reason is required", invalid.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RunWithInputs_ReadsKeyValuesAndQuotedValues()
    {
        var run = Assert.IsType<RunCommand>(RoomCommandParser.Parse("/run block-malicious-ip ip=203.0.113.9 note=\"seen on the proxy\" hours=24"));

        Assert.Equal("block-malicious-ip", run.Playbook);
        Assert.Equal("203.0.113.9", run.Inputs["ip"]);
        Assert.Equal("seen on the proxy", run.Inputs["note"]);
        Assert.Equal("24", run.Inputs["hours"]);
        Assert.Equal(["note"], run.Quoted);
    }

    [Fact]
    public void Parse_RunWithQuotedValues_SaysWhichWereQuoted()
    {
        var run = Assert.IsType<RunCommand>(RoomCommandParser.Parse("/run p id=\"007\" flag=\"true\" count=5"));

        Assert.Equal("007", run.Inputs["id"]);
        Assert.Equal(["flag", "id"], run.Quoted.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/run", "/run PLAYBOOK")]
    [InlineData("/run ip=1.2.3.4", "/run PLAYBOOK")]
    [InlineData("/run p ip", "'ip' is not key=value")]
    [InlineData("/run p ip=1 ip=2", "given twice")]
    [InlineData("/run p note=\"open", "quote is not closed")]
    public void Parse_MalformedRun_IsInvalidSayingWhatIsWrong(string line, string problem)
    {
        var invalid = Assert.IsType<InvalidCommand>(RoomCommandParser.Parse(line));

        Assert.Contains(problem, invalid.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/assign bob", "bob")]
    [InlineData("/assign me", "me")]
    [InlineData("/assign nobody", null)]
    public void Parse_Assign_ReadsTheAssignee(string line, string? assignee)
    {
        Assert.Equal(new AssignCommand(assignee), RoomCommandParser.Parse(line));
    }

    [Fact]
    public void Parse_CloseAndReopen_ReadResolutionAndReason()
    {
        Assert.Equal(new CloseCommand("false_positive", "our own scanner"), RoomCommandParser.Parse("/close FALSE_POSITIVE our own scanner"));
        Assert.Equal(new ReopenCommand("it came back"), RoomCommandParser.Parse("/reopen it came back"));
        Assert.Equal(new ReopenCommand(null), RoomCommandParser.Parse("/reopen"));
    }

    [Theory]
    [InlineData("/rollback 3f2a9c", true)]
    [InlineData("/rollback 3F2A9C1D done by mistake", true)]
    [InlineData("/rollback 3f2a", false)]
    [InlineData("/rollback run-one", false)]
    public void Parse_Rollback_TakesTheStartOfARunId(string line, bool valid)
    {
        var command = RoomCommandParser.Parse(line);

        if (valid)
        {
            var rollback = Assert.IsType<RollbackCommand>(command);
            Assert.Equal(rollback.RunIdPrefix, rollback.RunIdPrefix.ToLowerInvariant());
        }
        else
        {
            Assert.IsType<InvalidCommand>(command);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Parse_Empty_IsInvalid(string? line)
    {
        Assert.IsType<InvalidCommand>(RoomCommandParser.Parse(line));
    }

    [Fact]
    public void Parse_TooLong_IsInvalidWithTheLimit()
    {
        var invalid = Assert.IsType<InvalidCommand>(RoomCommandParser.Parse(new string('x', RoomCommandParser.MaxLineLength + 1)));

        Assert.Contains(RoomCommandParser.MaxLineLength.ToString(System.Globalization.CultureInfo.InvariantCulture), invalid.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownCommand_NamesItAndListsTheCommands()
    {
        var invalid = Assert.IsType<InvalidCommand>(RoomCommandParser.Parse("/nuke everything"));

        Assert.Contains("'/nuke'", invalid.Problem, StringComparison.Ordinal);
        Assert.Contains("/approve N", invalid.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Help_IsHelp()
    {
        Assert.IsType<HelpCommand>(RoomCommandParser.Parse("/help"));
    }
}
