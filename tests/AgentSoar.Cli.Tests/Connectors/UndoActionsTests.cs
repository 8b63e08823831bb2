using System.Text.Json;
using AgentSoar.Cli.Connectors;

namespace AgentSoar.Cli.Tests.Connectors;

/// <summary>
/// A rollback fills an undo action's inputs by name from the original action's inputs and output: for every
/// first-party action that declares an undo, each input the undo requires must be found there.
/// </summary>
public sealed class UndoActionsTests
{
    public static TheoryData<string> ActionsWithUndo => new(
        FirstPartyConnectors.LoadCatalog().SelectMany(c => c.Actions.Where(a => a.UndoAction is not null).Select(a => $"{c.Name}.{a.Name}")));

    [Theory]
    [MemberData(nameof(ActionsWithUndo))]
    public void UndoAction_RequiredInputs_AreAmongTheOriginalsInputsOrOutput(string name)
    {
        var connector = FirstPartyConnectors.LoadCatalog().Single(c => c.Name == name.Split('.')[0]);
        var original = connector.Actions.Single(a => a.Name == name.Split('.')[1]);
        var undo = Assert.Single(connector.Actions, a => a.Name == original.UndoAction);

        var available = Properties(original.InputSchema).Concat(Properties(original.OutputSchema)).ToHashSet(StringComparer.Ordinal);

        Assert.All(Required(undo.InputSchema), input => Assert.Contains(input, available));
    }

    [Fact]
    public void ActionsWithUndo_FirstPartyConnectors_HaveSome() => Assert.NotEmpty(ActionsWithUndo);

    private static IEnumerable<string> Properties(JsonElement schema) =>
        schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => p.Name) : [];

    private static IEnumerable<string> Required(JsonElement schema) =>
        schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()!) : [];
}
