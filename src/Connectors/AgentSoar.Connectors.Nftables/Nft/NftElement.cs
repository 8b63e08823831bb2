namespace AgentSoar.Connectors.Nftables;

/// <summary>One element of an address set as nft lists it: a range, and its timeout when it has one.</summary>
/// <param name="Text">The element as nft writes it (<c>10.0.0.1</c>, <c>10.0.0.0/24</c>, <c>10.0.0.1-10.0.0.9</c>).</param>
/// <param name="Start">The first address, as bytes.</param>
/// <param name="End">The last address, as bytes.</param>
/// <param name="Timeout">The element's timeout, or <see langword="null"/> when it never expires.</param>
/// <param name="ExpiresIn">How long it has left, or <see langword="null"/> when it never expires.</param>
internal sealed record NftElement(string Text, byte[] Start, byte[] End, TimeSpan? Timeout, TimeSpan? ExpiresIn);
