using System.Diagnostics;

namespace AgentSoar.IntegrationTests.Infrastructure;

/// <summary>Polls until a condition holds or a deadline passes; the failure says what was awaited.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(string what, Func<Task<T?>> probe, TimeSpan? timeout = null, Func<string>? diagnostics = null)
        where T : class =>
        (await PollAsync(what, async () => await probe() is { } value ? (true, value) : (false, default!), timeout, diagnostics))!;

    public static Task<T> GetValueAsync<T>(string what, Func<Task<T?>> probe, TimeSpan? timeout = null, Func<string>? diagnostics = null)
        where T : struct =>
        PollAsync(what, async () => await probe() is { } value ? (true, value) : (false, default), timeout, diagnostics);

    private static async Task<T> PollAsync<T>(string what, Func<Task<(bool Done, T Value)>> probe, TimeSpan? timeout, Func<string>? diagnostics)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(60);
        var clock = Stopwatch.StartNew();
        Exception? last = null;
        while (clock.Elapsed < limit)
        {
            try
            {
                var (done, value) = await probe();
                if (done)
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

        throw new TimeoutException($"Timed out after {limit.TotalSeconds:0}s waiting for {what}. {last?.Message}{Environment.NewLine}{diagnostics?.Invoke()}");
    }
}
