namespace AgentSoar.Connectors.Simulation;

/// <summary>The in-memory, bounded <see cref="ISimulationJournal"/>.</summary>
public sealed class SimulationJournal : ISimulationJournal
{
    /// <summary>The capacity of a journal created without one.</summary>
    public const int DefaultCapacity = 1000;

    private readonly Queue<SimulationJournalEntry> _entries = new();
    private readonly Lock _gate = new();
    private long _total;

    /// <summary>Creates a journal that keeps the last <paramref name="capacity"/> entries.</summary>
    /// <param name="capacity">At least 1.</param>
    public SimulationJournal(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <inheritdoc />
    public int Capacity { get; }

    /// <inheritdoc />
    public long TotalRecorded
    {
        get
        {
            lock (_gate)
            {
                return _total;
            }
        }
    }

    /// <inheritdoc />
    public void Record(SimulationJournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            if (_entries.Count == Capacity)
            {
                _entries.Dequeue();
            }

            _entries.Enqueue(entry);
            _total++;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<SimulationJournalEntry> GetEntries()
    {
        lock (_gate)
        {
            return [.. _entries];
        }
    }

    /// <inheritdoc />
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}
