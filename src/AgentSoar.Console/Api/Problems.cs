namespace AgentSoar.Console.Api;

/// <summary>RFC 9457 problem details with the same shape everywhere: what is wrong, and where.</summary>
public static class Problems
{
    public static IResult Of(int status, string title, string detail, IReadOnlyList<string>? errors = null) =>
        Results.Problem(
            detail: detail,
            statusCode: status,
            title: title,
            extensions: errors is null ? null : new Dictionary<string, object?> { ["errors"] = errors });

    /// <summary>400: the request itself is wrong, and <paramref name="detail"/> says how it should look.</summary>
    public static IResult Invalid(string detail) => Of(StatusCodes.Status400BadRequest, "Invalid request", detail);

    public static IResult CoordinatorUnavailable() =>
        Of(StatusCodes.Status503ServiceUnavailable, "Coordinator unavailable", "the Coordinator did not answer in time; it may still carry the request out, so look before trying again");

    /// <summary>The Coordinator took the request and failed on it; what failed is in its log, not in the answer.</summary>
    public static IResult CoordinatorFailed() =>
        Of(StatusCodes.Status502BadGateway, "Coordinator failed", "the Coordinator failed on this request; nothing it would have recorded was kept, and its log says why");
}
