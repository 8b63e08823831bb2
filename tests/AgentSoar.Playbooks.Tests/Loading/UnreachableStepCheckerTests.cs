using static AgentSoar.Playbooks.Tests.Loading.LoadAssert;
using static AgentSoar.Playbooks.Tests.Loading.SamplePlaybooks;

namespace AgentSoar.Playbooks.Tests.Loading;

public sealed class UnreachableStepCheckerTests
{
    [Fact]
    public void Check_IfAlwaysTrue_ReportsTheElseSteps() =>
        Single(WithSteps("""
              - id: v
                if: "${{ 1 < 2 }}"
                then: [ { id: a, action: x.y } ]
                else:
                  - id: b
                    action: x.y
            """), 11, 9, "the 'else' steps of step 'v' never run: its condition `1 < 2` is always true");

    [Fact]
    public void Check_IfAlwaysFalse_ReportsTheThenSteps() =>
        Single(WithSteps("""
              - id: v
                if: false
                then:
                  - id: a
                    action: x.y
            """), 10, 9, "the 'then' steps of step 'v' never run");

    [Fact]
    public void Check_GuardAlwaysFalse_ReportsTheStep() =>
        Single(WithSteps("  - id: a\n    action: x.y\n    if: \"${{ 'a' == 'b' }}\""), 9, 9, "step 'a' never runs: its guard `'a' == 'b'` is always false");

    [Fact]
    public void Check_SwitchOnAConstant_ReportsTheOtherCases() =>
        Single(WithSteps("""
              - id: route
                switch: "${{ 'high' }}"
                cases:
                  high: [ { id: a, action: x.y } ]
                  low: [ { id: b, action: x.y } ]
            """), 11, 7, "case 'low' of step 'route' never runs: the value `'high'` is always 'high'");

    [Fact]
    public void Check_ConditionOnTheClock_IsNotAConstant() =>
        Assert.True(Load(WithSteps("""
              - id: v
                if: "${{ now() > timestamp('2020-01-01T00:00:00Z') }}"
                then: [ { id: a, action: x.y } ]
                else: [ { id: b, action: x.y } ]
            """)).Succeeded);

    [Fact]
    public void Check_ConditionReadingTheAlert_IsNotAConstant() =>
        Assert.True(Load(WithSteps("""
              - id: v
                if: "${{ alert.severity_id > 3 }}"
                then: [ { id: a, action: x.y } ]
                else: [ { id: b, action: x.y } ]
            """)).Succeeded);
}
