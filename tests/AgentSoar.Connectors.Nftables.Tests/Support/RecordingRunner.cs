namespace AgentSoar.Connectors.Nftables.Tests.Support;

/// <summary>An nft runner that starts nothing: it records each invocation and answers from a script.</summary>
internal sealed class RecordingRunner(Func<NftInvocation, NftResult>? answer = null) : INftRunner
{
    private readonly List<NftInvocation> _calls = [];

    public IReadOnlyList<NftInvocation> Calls => _calls;

    public Task<NftResult> RunAsync(NftInvocation invocation, CancellationToken cancellationToken)
    {
        _calls.Add(invocation);
        return Task.FromResult(answer?.Invoke(invocation) ?? new NftResult(0, "", ""));
    }
}
