using AgentSoar.Playbooks.Model;

namespace AgentSoar.Playbooks.Loading;

/// <summary>Every step id seen while reading, in document order, including those of steps too broken to build.</summary>
internal sealed class StepRegistry
{
    private readonly Dictionary<string, (int Order, SourceLocation Location)> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);

    public IEnumerable<string> Ids => _ids.Keys;

    /// <summary>Records an id; returns where it was first declared when it is a duplicate.</summary>
    public SourceLocation? Declare(string id, SourceLocation location)
    {
        if (_ids.TryGetValue(id, out var first))
        {
            return first.Location;
        }

        _ids[id] = (_ids.Count, location);
        return null;
    }

    public void MarkBroken(string id) => _broken.Add(id);

    public bool Exists(string id) => _ids.ContainsKey(id);

    /// <summary>A step whose reading failed: references to it are not reported again.</summary>
    public bool IsBroken(string id) => _broken.Contains(id);

    public int Order(string id) => _ids.TryGetValue(id, out var entry) ? entry.Order : int.MaxValue;
}
