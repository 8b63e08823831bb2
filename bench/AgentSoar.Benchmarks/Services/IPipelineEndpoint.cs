namespace AgentSoar.Benchmarks.Services;

/// <summary>Where a deployment's REST API answers, and the keys it was started with.</summary>
internal interface IPipelineEndpoint
{
    string BaseUrl { get; }

    BenchKeys Keys { get; }
}
