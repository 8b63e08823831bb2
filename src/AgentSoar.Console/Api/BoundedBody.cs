namespace AgentSoar.Console.Api;

/// <summary>Reads a request body up to a limit, whatever the server's own limit or the Content-Length claims.</summary>
public static class BoundedBody
{
    /// <returns>The bytes, or null when the body is larger than <paramref name="limit"/>.</returns>
    public static async Task<byte[]?> ReadAsync(Stream body, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
