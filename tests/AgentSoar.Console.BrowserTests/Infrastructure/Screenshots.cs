using Microsoft.Playwright;

namespace AgentSoar.Console.BrowserTests.Infrastructure;

/// <summary>
/// Saves a screen as a test artifact (screenshots/ beside the test assembly) and as the current
/// picture of that screen for the docs (docs/images/console-NAME.png).
/// </summary>
public static class Screenshots
{
    public static string ArtifactFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task SaveAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(ArtifactFolder);
        var artifact = Path.Combine(ArtifactFolder, $"console-{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = artifact, FullPage = true });
        var docs = Path.Combine(RepositoryRoot.Path, "docs", "images");
        Directory.CreateDirectory(docs);
        File.Copy(artifact, Path.Combine(docs, $"console-{name}.png"), overwrite: true);
    }
}
