namespace AgentSoar.Console.Admin;

/// <summary>
/// Where an admin form sends the browser back: the page it came from, with what happened in words
/// (<c>?done=</c> or <c>?failed=</c>), which the page shows encoded.
/// </summary>
public static class AdminStatus
{
    public static IResult Back(string page, bool ok, string detail) =>
        Results.Redirect($"{page}?{(ok ? "done" : "failed")}={Uri.EscapeDataString(detail.Length > 300 ? detail[..300] : detail)}");
}
