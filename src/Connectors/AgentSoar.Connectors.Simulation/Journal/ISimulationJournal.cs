namespace AgentSoar.Connectors.Simulation;

/// <summary>
/// What the simulation connector would have done, newest last. Bounded: past its capacity the
/// oldest entries are dropped. Safe to use from several threads.
/// </summary>
public interface ISimulationJournal
{
    /// <summary>How many entries the journal keeps.</summary>
    int Capacity { get; }

    /// <summary>How many entries were ever recorded, dropped ones included.</summary>
    long TotalRecorded { get; }

    /// <summary>Adds an entry, dropping the oldest when full.</summary>
    /// <param name="entry">The entry.</param>
    void Record(SimulationJournalEntry entry);

    /// <summary>A copy of the kept entries, oldest first.</summary>
    /// <returns>The entries.</returns>
    IReadOnlyList<SimulationJournalEntry> GetEntries();

    /// <summary>Forgets every entry.</summary>
    void Clear();
}
