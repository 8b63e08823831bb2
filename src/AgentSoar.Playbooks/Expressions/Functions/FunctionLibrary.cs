namespace AgentSoar.Playbooks.Expressions.Functions;

/// <summary>The fixed function library: nothing outside it can be called, which is what keeps expressions safe.</summary>
internal static class FunctionLibrary
{
    public static IReadOnlyDictionary<string, FunctionDefinition> All { get; } = StringFunctions.Definitions
        .Concat(CollectionFunctions.Definitions)
        .Concat(ListFunctions.Definitions)
        .Concat(RegexFunctions.Definitions)
        .Concat(ConversionFunctions.Definitions)
        .Concat(TimeFunctions.Definitions)
        .Concat(NetworkFunctions.Definitions)
        .Concat(ObservableFunctions.Definitions)
        .ToDictionary(f => f.Name, StringComparer.Ordinal);
}
