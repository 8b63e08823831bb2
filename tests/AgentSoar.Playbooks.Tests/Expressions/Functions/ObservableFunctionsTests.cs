using AgentSoar.Playbooks.Expressions;
using static AgentSoar.Playbooks.Tests.Expressions.Expr;

namespace AgentSoar.Playbooks.Tests.Expressions.Functions;

public sealed class ObservableFunctionsTests
{
    // Shaped like the OCSF examples: type_id with its caption in type; one entry with only a type string.
    private const string Roots = """
        {
          "alert": {
            "observables": [
              { "name": "evidences[].src_endpoint.ip", "type": "IP Address", "type_id": 2, "value": "52.94.133.131" },
              { "name": "resources[].uid", "type": "Resource UID", "type_id": 10, "value": "AWS::IAM::AccessKey:X" },
              { "name": "actor.user.name", "type_id": 4, "value": "alice" },
              { "name": "device", "type_id": 20 },
              { "name": "dst_endpoint.ip", "type": "ip", "value": "10.0.0.5" },
              { "name": "evidences[].src_endpoint.ip", "type_id": 2, "value": "52.94.133.131" },
              { "name": "file.hashes[0].value", "type": "Fingerprint", "type_id": 30, "value": "44d88612fea8a8f36de82e1278abb02f" },
              "not an object"
            ]
          },
          "empty": { "observables": [] }
        }
        """;

    [Theory]
    [InlineData("has_observable(alert, 'ip')", true)]
    [InlineData("has_observable(alert, 'user')", true)]
    [InlineData("has_observable(alert, 'hash')", true)]
    [InlineData("has_observable(alert, 'url')", false)]
    [InlineData("has_observable(alert, 'hostname')", false)]
    [InlineData("has_observable(empty, 'ip')", false)]
    [InlineData("has_observable(null, 'ip')", false)]
    public void Call_HasObservable_MatchesTypeIdsOrTypeNames(string text, bool expected) =>
        Assert.Equal(BoolValue.Of(expected), Eval(text, Roots));

    [Fact]
    public void Call_FirstObservable_GivesTheFirstValueOfThatType()
    {
        Assert.Equal(Str("52.94.133.131"), Eval("first_observable(alert, 'ip')", Roots));
        Assert.Equal(Str("alice"), Eval("first_observable(alert, 'user')", Roots));
        Assert.Equal(ExprValue.Null, Eval("first_observable(alert, 'email')", Roots));
    }

    [Fact]
    public void Call_Observables_GivesDistinctValuesInOrder() =>
        Assert.Equal(new ListValue([Str("52.94.133.131"), Str("10.0.0.5")]), Eval("observables(alert, 'ip')", Roots));

    [Fact]
    public void Call_ObservablesWithComputedUnknownType_ThrowsAtTheType()
    {
        var error = EvalError("observables(alert, alert.kind)", """{"alert": {"kind": "mac"}}""");

        Assert.StartsWith("observables(): unknown observable type 'mac' (known: hostname, ip, user, email, url, domain, file, hash, process)", error.Message, StringComparison.Ordinal);
        Assert.Equal(Column(19), error.Location.Column);
    }

    [Fact]
    public void Call_HasObservableOnANonMap_Throws() =>
        Assert.Equal("has_observable(): argument 1 must be an alert (a map), not string", EvalError("has_observable('x', 'ip')").Message);
}
