namespace AgentSoar.Cacao.Schemas;

/// <summary>What checking one instance against one (sub)schema found: its errors, and which properties it evaluated.</summary>
/// <remarks>The evaluated properties are what <c>unevaluatedProperties</c> needs from the subschemas around it.</remarks>
internal sealed class SchemaOutcome
{
    public List<SchemaError> Errors { get; } = [];

    public HashSet<string> Evaluated { get; } = new(StringComparer.Ordinal);

    public bool Valid => Errors.Count == 0;

    public void Fail(string pointer, string message) => Errors.Add(new SchemaError(pointer, message));

    /// <summary>Takes another outcome's errors, and its evaluated properties (only kept by callers when it is valid, as the standard says).</summary>
    public void Merge(SchemaOutcome other, bool annotations = true)
    {
        Errors.AddRange(other.Errors);
        if (annotations)
        {
            Evaluated.UnionWith(other.Evaluated);
        }
    }
}
