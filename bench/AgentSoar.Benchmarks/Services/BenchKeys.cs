namespace AgentSoar.Benchmarks.Services;

/// <summary>The API keys a benchmark deployment is started with: an alert source, an analyst who reads, a responder who decides approvals.</summary>
internal sealed record BenchKeys(string Ingest, string Reader, string Responder)
{
    public static BenchKeys Create() => new(
        "bench-ingest-" + Guid.NewGuid().ToString("N"),
        "bench-reader-" + Guid.NewGuid().ToString("N"),
        "bench-responder-" + Guid.NewGuid().ToString("N"));
}
