namespace AgentSoar.ConnectorHost.Execution;

/// <summary>
/// Finished results by idempotency key, so a redelivered command gets the same answer without the
/// connector being called again; a duplicate that arrives while the first is running waits for it.
/// </summary>
/// <remarks>
/// In memory and per process: a redelivery to another host, or after a restart, runs the action
/// again (connectors pass the key on to systems that deduplicate). Bounded: the oldest results are
/// forgotten first. Cancelled executions are not remembered, so a redelivery runs them again.
/// </remarks>
internal sealed class IdempotencyCache(int capacity)
{
    private readonly Dictionary<string, ActionExecutionResult> _finished = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    // A running execution's eventual result; null when it ended without one (cancelled), so a waiter runs it itself.
    private readonly Dictionary<string, Task<ActionExecutionResult?>> _running = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public async Task<ActionExecutionResult> GetOrRunAsync(string key, Func<Task<ActionExecutionResult>> run, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task<ActionExecutionResult?>? running;
            var mine = new TaskCompletionSource<ActionExecutionResult?>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                if (_finished.TryGetValue(key, out var finished))
                {
                    return finished;
                }

                if (!_running.TryGetValue(key, out running))
                {
                    _running[key] = mine.Task;
                }
            }

            if (running is not null)
            {
                if (await running.WaitAsync(cancellationToken) is { } shared)
                {
                    return shared;
                }

                continue;
            }

            ActionExecutionResult? result = null;
            try
            {
                result = await run();
                return result;
            }
            finally
            {
                lock (_gate)
                {
                    _running.Remove(key);
                    if (result is not null)
                    {
                        Remember(key, result);
                    }
                }

                mine.SetResult(result);
            }
        }
    }

    private void Remember(string key, ActionExecutionResult result)
    {
        if (capacity == 0 || !_finished.TryAdd(key, result))
        {
            return;
        }

        _order.Enqueue(key);
        while (_order.Count > capacity)
        {
            _finished.Remove(_order.Dequeue());
        }
    }
}
