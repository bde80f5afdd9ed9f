package uk.arcs.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's chromium driven by Playwright. Playwright never downloads a browser here: CI installs the
 * distribution's chromium ({@code .ci/run}) and tests fail, not skip, without it.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ARCS_CHROMIUM", "/usr/bin/chromium"));

    /** Where screenshots go: docs/screenshots with {@code ./arcs screenshots}, otherwise the build folder. */
    static final Path SCREENSHOTS = Path.of(System.getProperty("arcs.screenshots.dir", "target/screenshots"));

    /** Waits are long because the test machine may be shared and busy; a passing test never waits this long. */
    static final int TIMEOUT_MS = 30_000;

    static {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
    }

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;

    BrowserSession(int port) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("the browser tests need chromium at " + CHROMIUM
                    + " (apt-get install -y chromium; .ci/run installs it)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        baseUrl = "http://localhost:" + port;
    }

    String url(String path) {
        return baseUrl + path;
    }

    /** A new browser context (its own cookies) logged in through the login form as {@code username}. */
    Page loggedIn(String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1400, 1000).setLocale("en-GB").setTimezoneId("Europe/London"));
        context.setDefaultTimeout(TIMEOUT_MS);
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill("demo");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create " + SCREENSHOTS, e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
