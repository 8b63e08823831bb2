using AgentSoar.Intake.Attack;

namespace AgentSoar.Intake.Tests.Attack;

public sealed class AttackTacticsTests
{
    [Theory]
    [InlineData("defense_evasion", "TA0005", "Defense Evasion")]
    [InlineData("defense-evasion", "TA0005", "Defense Evasion")]
    [InlineData("stealth", "TA0005", "Stealth")]
    [InlineData("Defense Impairment", "TA0112", "Defense Impairment")]
    [InlineData("command_and_control", "TA0011", "Command and Control")]
    [InlineData("TA0040", "TA0040", "Impact")]
    [InlineData("ta0001", "TA0001", "Initial Access")]
    [InlineData("inhibit-response-function", "TA0107", "Inhibit Response Function")]
    public void Resolve_KnownTactic_GivesIdAndName(string text, string uid, string name)
    {
        Assert.Equal(new AttackTactic(uid, name), AttackTactics.Resolve(text));
    }

    [Fact]
    public void Resolve_UnknownName_KeepsTheSlugWithoutId()
    {
        Assert.Equal(new AttackTactic(null, "brand-new-tactic"), AttackTactics.Resolve("Brand_New Tactic"));
    }

    [Theory]
    [InlineData("TA9999")]
    [InlineData("")]
    [InlineData("   ")]
    public void Resolve_UnknownIdOrBlank_IsNull(string text) => Assert.Null(AttackTactics.Resolve(text));

    [Theory]
    [InlineData("t1036.003", true, "T1036.003")]
    [InlineData("T1059", true, "T1059")]
    [InlineData("T1059.1", false, "")]
    [InlineData("TA0005", false, "")]
    [InlineData("t10593", false, "")]
    public void TryParseTechnique_Text_RecognisesTechniqueIds(string text, bool ok, string uid)
    {
        Assert.Equal(ok, AttackIds.TryParseTechnique(text, out var parsed));
        Assert.Equal(uid, parsed);
    }
}
