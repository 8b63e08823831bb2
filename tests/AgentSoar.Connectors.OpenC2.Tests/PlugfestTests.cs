using System.Text.Json.Nodes;
using AgentSoar.Connectors.OpenC2.Language;
using AgentSoar.Connectors.OpenC2.Tests.TestSupport;

namespace AgentSoar.Connectors.OpenC2.Tests;

public sealed class PlugfestTests
{
    public static TheoryData<string> Files => [.. Plugfest.Files];

    [Fact]
    public void Files_SharedTestData_EveryFolderIsEnumerated()
    {
        // Guards the theory below against passing on an empty or moved folder.
        Assert.True(Plugfest.Files.Count >= 180, $"only {Plugfest.Files.Count} files under {Plugfest.Root}");
        Assert.Contains(Plugfest.Files, f => f.StartsWith("language/commands/bad/", StringComparison.Ordinal));
        Assert.Contains(Plugfest.Files, f => f.StartsWith("slpf+acme/responses/bad/", StringComparison.Ordinal));
        Assert.Contains(Plugfest.Files, f => f.StartsWith("slpf/commands/good/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_PlugfestFile_AcceptsGoodAndRejectsBadWithPath(string file)
    {
        var parts = file.Split('/');
        var language = Plugfest.LanguageFor(parts[0]);
        var text = File.ReadAllText(Path.Combine(Plugfest.Root, file));
        Action parse = parts[1] == "commands" ? () => language.ParseCommand(text) : () => language.ParseResponse(text);

        if (parts[2] == "good")
        {
            parse();
        }
        else
        {
            var error = Assert.Throws<OpenC2FormatException>(parse);
            Assert.StartsWith("$", error.Path, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(error.Problem));
            Assert.Equal($"{error.Path}: {error.Problem}", error.Message);
        }
    }

    [Fact]
    public void ToJson_EveryGoodCommand_RoundTripsToTheSameJson()
    {
        var commands = Plugfest.Files.Where(f => f.Contains("/commands/good/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(commands);
        foreach (var file in commands)
        {
            var text = File.ReadAllText(Path.Combine(Plugfest.Root, file));
            var command = Plugfest.LanguageFor(file.Split('/')[0]).ParseCommand(text);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text), command.ToJson()), file);
        }
    }

    [Theory]
    [InlineData("language/commands/bad/allow_ipv4net_badip.json", "$.target.ipv4_net", "'127.0.0.300' is not an IPv4 address")]
    [InlineData("language/commands/bad/allow_ipv4net_badcidr.json", "$.target.ipv4_net", "/0-32 prefix")]
    [InlineData("language/commands/bad/allow_ipv6net_wikipedia3.json", "$.target.ipv6_net", "is not an IPv6 address")]
    [InlineData("language/commands/bad/target_multiple.json", "$.target", "exactly one target type, found 2 (file, device)")]
    [InlineData("language/commands/bad/action_notarget.json", "$.target", "required and missing")]
    [InlineData("language/commands/bad/action_unknown.json", "$.action", "'unknown' is not an OpenC2 action")]
    [InlineData("language/commands/bad/deny_file_hashes_sha512.json", "$.target.file.hashes.sha512", "unknown field")]
    [InlineData("language/commands/bad/query_features_notunique.json", "$.target.features[1]", "listed twice")]
    [InlineData("language/commands/bad/query_features_ext_args_capX.json", "$.args['X-mycompany']", "not a profile namespace")]
    [InlineData("language/commands/bad/start_container_ext_nocolon.json", "$.target.container", "not an OpenC2 target type")]
    [InlineData("language/commands/bad/openc2_response.json", "$.status", "unknown field")]
    [InlineData("language/responses/bad/status_asstring.json", "$.status", "expected an integer status code, found the string '200'")]
    [InlineData("language/responses/bad/status_too_high.json", "$.status", "5555 is not an OpenC2 status code")]
    [InlineData("language/responses/bad/results_unknown_profile.json", "$.results.mycompany", "not the namespace of a known profile")]
    [InlineData("slpf+acme/responses/bad/results_castle.json", "$.results['x-game']", "not the namespace of a known profile")]
    [InlineData("slpf+acme/responses/bad/slpf_query_pairs_bad_target.json", "$.results.pairs.update[1]", "'uri' is not a target of 'update'")]
    public void Parse_BadFile_NamesPathAndProblem(string file, string path, string problem)
    {
        var parts = file.Split('/');
        var language = Plugfest.LanguageFor(parts[0]);
        var text = File.ReadAllText(Path.Combine(Plugfest.Root, file));

        var error = Assert.Throws<OpenC2FormatException>(() =>
        {
            _ = parts[1] == "commands" ? (object)language.ParseCommand(text) : language.ParseResponse(text);
        });

        Assert.Equal(path, error.Path);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseCommand_SlpfArgumentsWithoutTheProfile_RefusesTheNamespace()
    {
        var text = File.ReadAllText(Path.Combine(Plugfest.Root, "slpf/commands/good/slpf_example_deny_ipv6net.json"));

        var error = Assert.Throws<OpenC2FormatException>(() => OpenC2Language.Core.ParseCommand(text));

        Assert.Equal("$.args.slpf", error.Path);
    }

    [Fact]
    public void ParseCommand_ArgsOfDenyConnection_ReadsCoreArgumentsAndProfileArguments()
    {
        var text = File.ReadAllText(Path.Combine(Plugfest.Root, "slpf+acme/commands/good/ls_example_deny_ipv4connection.json"));

        var command = OpenC2Language.Slpf.ParseCommand(text);

        Assert.Equal("deny", command.Action);
        Assert.Equal("ipv4_connection", command.Target.Type);
        Assert.Equal(1534775460000, command.Args!.StartTime);
        Assert.Equal(500, command.Args.Duration);
        Assert.Equal("ack", command.Args.ResponseRequested);
        Assert.Equal("none", command.Args.Profiles["slpf"]["drop_process"]!.GetValue<string>());
        Assert.Equal("slpf", command.Actuator!.Profile);
        Assert.Equal("30", command.Actuator.Specifiers["asset_id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("slpf", true)]
    [InlineData("x-acme", true)]
    [InlineData("x-mycompany_with_underscore", true)]
    [InlineData("X-acme", false)]
    [InlineData("x-_acme", false)]
    [InlineData("x-acme.example.com", false)]
    [InlineData("x-0123456789_ABCDEFG_abcdefg___", false)]
    [InlineData("", false)]
    public void IsNamespace_Candidate_MatchesTheNamespaceRule(string candidate, bool expected) =>
        Assert.Equal(expected, OpenC2Profile.IsNamespace(candidate));
}
