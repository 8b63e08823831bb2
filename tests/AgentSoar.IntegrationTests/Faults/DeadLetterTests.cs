using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSoar.IntegrationTests.Api;
using AgentSoar.IntegrationTests.Infrastructure;
using Npgsql;

namespace AgentSoar.IntegrationTests.Faults;

/// <summary>
/// Poison messages in the distributed mode (four processes, the real RabbitMQ and PostgreSQL): a message a consumer
/// can't handle lands in its queue's <c>_error</c> queue with MassTransit's fault headers, is listed with the reason by
/// the API and the command line, and — once its cause is gone — is replayed and processed, once.
/// </summary>
public sealed class DeadLetterTests
{
    private const string AlertQueue = "agentsoar-alert-received";

    // A ConnectorHost queue, configured by hand rather than by convention: every service, every endpoint.
    private const string ConnectorQueue = "agentsoar.connector.webhook";
    private const string AlertUrn = "urn:message:AgentSoar.Contracts.Alerts:AlertReceived";
    private const string PoisonSource = "dead-letter-test";
    private const string Constraint = "refuse_dead_letter_test";

    [Fact]
    public async Task PoisonMessages_LandInTheErrorQueueAreListedWithTheReasonAndReplayOnceTheCauseIsGone()
    {
        await using var deployment = await DistributedDeployment.StartAsync();
        await using var broker = await DeadLetterBroker.ConnectAsync(deployment.VirtualHost);
        using var responder = deployment.Client(TestKeys.Responder);

        // Garbage that claims to be an envelope, for the ConnectorHost, and a well-formed alert the Coordinator's database
        // refuses (as a schema or data problem would) on every try.
        var garbage = Encoding.UTF8.GetBytes("{\"messageType\": [\"urn:message:AgentSoar.Contracts.Actions:ExecuteAction\"], \"message\": " + Guid.NewGuid());
        await broker.PublishAsync(ConnectorQueue, garbage, Guid.NewGuid());
        await ExecuteAsync(deployment, $"ALTER TABLE alerts ADD CONSTRAINT {Constraint} CHECK (source <> '{PoisonSource}')");
        var alertId = Guid.NewGuid();
        var alert = DeadLetterBroker.Envelope(Guid.NewGuid(), AlertUrn, new JsonObject
        {
            ["alertId"] = alertId.ToString(),
            ["source"] = PoisonSource,
            ["finding"] = JsonNode.Parse(Alerts.C2Beacon(ip: "198.51.100.77")),
            ["receivedBy"] = PoisonSource,
            ["receivedAt"] = TimeProvider.System.GetUtcNow().ToString("O"),
        });
        await broker.PublishAsync(AlertQueue, alert, Guid.NewGuid());

        var listed = await Eventually.GetAsync("both poison messages in the dead-letter list", async () =>
        {
            var letters = (await responder.GetJsonAsync("/api/v1/dead-letters")).EnumerateArray().ToList();
            var unreadable = letters.FirstOrDefault(l => l.GetProperty("source_queue").GetString() == ConnectorQueue);
            var refused = letters.FirstOrDefault(l => l.GetProperty("reason").GetString()!.Contains(Constraint, StringComparison.Ordinal));
            return unreadable.ValueKind == JsonValueKind.Object && refused.ValueKind == JsonValueKind.Object ? new[] { unreadable, refused } : null;
        }, TimeSpan.FromSeconds(90), deployment.Diagnostics);
        var (unreadableLetter, refusedLetter) = (listed[0], listed[1]);
        Assert.Equal(AlertQueue, refusedLetter.GetProperty("source_queue").GetString());
        Assert.Equal("AgentSoar.ConnectorHost", unreadableLetter.GetProperty("service").GetString());
        Assert.False(unreadableLetter.GetProperty("replayable").GetBoolean());
        Assert.Equal(AlertUrn, refusedLetter.GetProperty("message_types")[0].GetString());
        Assert.Equal("AgentSoar.Coordinator", refusedLetter.GetProperty("service").GetString());
        Assert.True(refusedLetter.GetProperty("replayable").GetBoolean());

        // Both are in the broker's error queue too, once each, with the reason in MassTransit's fault headers.
        var refusedCopy = Assert.Single(await broker.FindAsync(AlertQueue + "_error", alert));
        var garbageCopy = Assert.Single(await broker.FindAsync(ConnectorQueue + "_error", garbage));
        Assert.Contains(Constraint, refusedCopy["MT-Fault-Message"], StringComparison.Ordinal);
        Assert.Equal("fault", refusedCopy["MT-Reason"]);
        Assert.True(garbageCopy.ContainsKey("MT-Fault-ExceptionType"));

        // The console's page lists them, with a Replay button for the one that can be sent again.
        using var browser = new CookieBrowser(deployment.ApiBase);
        using var login = await browser.LoginEventuallyAsync(TestKeys.FirstAdminName, TestKeys.FirstAdminPassword, "/dead-letters");
        var refusedRow = Row(await browser.Http.GetStringAsync("/dead-letters"), refusedLetter);
        Assert.Contains(Constraint, refusedRow, StringComparison.Ordinal);
        Assert.Contains($"dead-letters/{refusedLetter.GetProperty("id").GetString()}/replay", refusedRow, StringComparison.Ordinal);

        // The command line lists them with the reason; viewers and analysts don't see them.
        var keyFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(keyFile, TestKeys.Responder);
        try
        {
            var list = await CliProcess.RunAsync("dead-letters", "list", "--server", deployment.ApiBase, "--key-file", keyFile);
            Assert.True(list.ExitCode == 0, list.Error);
            Assert.Contains(refusedLetter.GetProperty("id").GetString()!, list.Output, StringComparison.Ordinal);
            Assert.Contains(Constraint, list.Output, StringComparison.Ordinal);
            using var analyst = deployment.Client(TestKeys.Analyst);
            using var forbidden = await analyst.GetAsync("/api/v1/dead-letters");
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

            // An unreadable message can't be sent as it was: refused, nothing sent.
            using var refusedReplay = await responder.PostAsync($"/api/v1/dead-letters/{unreadableLetter.GetProperty("id").GetString()}/replay", new { });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refusedReplay.StatusCode);
            using var formReplay = await browser.Http.PostAsync($"/dead-letters/{unreadableLetter.GetProperty("id").GetString()}/replay", new FormUrlEncodedContent(
                new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(await browser.Http.GetStringAsync("/dead-letters")) }));
            Assert.Equal(HttpStatusCode.Redirect, formReplay.StatusCode);
            Assert.Contains("failed=", formReplay.Headers.Location!.OriginalString, StringComparison.Ordinal);

            // The cause is removed; the replay is processed, recorded with who and when, and refused the second time.
            await ExecuteAsync(deployment, $"ALTER TABLE alerts DROP CONSTRAINT {Constraint}");
            var replay = await CliProcess.RunAsync("dead-letters", "replay", refusedLetter.GetProperty("id").GetString()!, "--server", deployment.ApiBase, "--key-file", keyFile);
            Assert.True(replay.ExitCode == 0, replay.Error);
            Assert.Contains("replayed", replay.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(keyFile);
        }

        using var reader = deployment.Client(TestKeys.Analyst);
        await Eventually.GetAsync("the replayed alert to open an incident", async () =>
        {
            using var response = await reader.GetAsync($"/api/v1/alerts/{alertId}");
            return response.IsSuccessStatusCode ? (await ApiClient.BodyAsync(response)).GetProperty("incident_id").GetString() : null;
        }, TimeSpan.FromSeconds(60), deployment.Diagnostics);
        var shown = await responder.GetJsonAsync($"/api/v1/dead-letters/{refusedLetter.GetProperty("id").GetString()}");
        Assert.Equal("rita", shown.GetProperty("replayed_by").GetString());
        Assert.Equal(JsonValueKind.String, shown.GetProperty("replayed_at").ValueKind);
        Assert.Contains(alertId.ToString(), shown.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Contains("replayed", Row(await browser.Http.GetStringAsync("/dead-letters"), refusedLetter), StringComparison.Ordinal);
        using var again = await responder.PostAsync($"/api/v1/dead-letters/{refusedLetter.GetProperty("id").GetString()}/replay", new { });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(1, await CountAsync(deployment, $"SELECT count(*) FROM alerts WHERE id = '{alertId}'"));
    }

    /// <summary>The page's table row of <paramref name="letter"/>.</summary>
    private static string Row(string page, JsonElement letter)
    {
        var start = page.IndexOf($"data-dead-letter=\"{letter.GetProperty("id").GetString()}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the dead letter is not on the page");
        var end = page.IndexOf("</tr>", start, StringComparison.Ordinal);
        return page[start..end];
    }

    private static string Token(string page) =>
        WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value);

    private static async Task ExecuteAsync(DistributedDeployment deployment, string sql)
    {
        await using var connection = new NpgsqlConnection(deployment.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(DistributedDeployment deployment, string sql)
    {
        await using var connection = new NpgsqlConnection(deployment.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
