namespace AgentSoar.IntegrationTests.Infrastructure;

/// <summary>Polls until a condition holds or a deadline passes; the failure says what was awaited.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(string what, Func<Task<T?>> probe, TimeSpan? timeout = null, Func<string>? diagnostics = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await probe() is { } value)
                {
                    return value;
                }
            }
            catch (HttpRequestException ex)
            {
                last = ex;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Timed out waiting for {what}. {last?.Message}{Environment.NewLine}{diagnostics?.Invoke()}");
    }
}
