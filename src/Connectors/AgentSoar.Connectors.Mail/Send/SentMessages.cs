namespace AgentSoar.Connectors.Mail;

/// <summary>
/// The messages this process sent, by idempotency key, for a window and up to a capacity; and the
/// keys whose send is under way, so a redelivery that arrives meanwhile does not send in parallel.
/// </summary>
internal sealed class SentMessages(TimeProvider time, TimeSpan window, int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (SendNotificationOutput Output, DateTimeOffset SentAt)> _sent = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly HashSet<string> _inFlight = new(StringComparer.Ordinal);

    public enum Claim
    {
        /// <summary>The caller may send; it must call <see cref="Complete"/> or <see cref="Abandon"/>.</summary>
        Send,

        /// <summary>Already sent: <c>previous</c> holds the output.</summary>
        AlreadySent,

        /// <summary>Another execution with the key is sending right now.</summary>
        InFlight,
    }

    public Claim TryClaim(string key, out SendNotificationOutput? previous)
    {
        previous = null;
        lock (_gate)
        {
            Expire();
            if (_sent.TryGetValue(key, out var sent))
            {
                previous = sent.Output;
                return Claim.AlreadySent;
            }

            return _inFlight.Add(key) ? Claim.Send : Claim.InFlight;
        }
    }

    public void Complete(string key, SendNotificationOutput output)
    {
        lock (_gate)
        {
            _inFlight.Remove(key);
            if (capacity == 0 || window == TimeSpan.Zero)
            {
                return;
            }

            if (_sent.TryAdd(key, (output, time.GetUtcNow())))
            {
                _order.Enqueue(key);
            }

            while (_sent.Count > capacity && _order.TryDequeue(out var oldest))
            {
                _sent.Remove(oldest);
            }
        }
    }

    public void Abandon(string key)
    {
        lock (_gate)
        {
            _inFlight.Remove(key);
        }
    }

    private void Expire()
    {
        var now = time.GetUtcNow();
        while (_order.TryPeek(out var oldest) && (!_sent.TryGetValue(oldest, out var sent) || now - sent.SentAt >= window))
        {
            _order.Dequeue();
            _sent.Remove(oldest);
        }
    }
}
