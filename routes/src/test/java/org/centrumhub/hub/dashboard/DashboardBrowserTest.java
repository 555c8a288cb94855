package org.centrumhub.hub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.HubTestServers;
import org.centrumhub.hub.config.PartyRegistry;
import org.centrumhub.hub.reports.Report;
import org.centrumhub.hub.reports.Report.Column;
import org.centrumhub.hub.reports.Report.Type;
import org.centrumhub.hub.reports.ReportSource;
import org.centrumhub.hub.reports.ReportsApi;
import org.centrumhub.transform.fixtures.TestBsns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard in a real browser: the operating system's Chromium, headless, driven by Selenium. The operator logs
 * in through the form, picks a municipality and a month, and every chart must hold exactly the series of the fixed
 * reports below; a municipality with empty reports and a kind the hub lacks ({@code error-list}) show a note instead.
 * A screenshot goes to {@code target/dashboard.png}.
 * <p>
 * The reports are fixed rows served by the real {@link ReportsApi} (the page reads nothing else), for the test region
 * Drieregio (src/test/resources/regions-scenario: Maastricht 0935 centre, Heerlen 0917, Sittard-Geleen 1883) in
 * October 2026 and the five months before:
 * <ul>
 *   <li>Heerlen: two providers (categories 45 and 43), their per-category totals and a grand total whose clients in
 *   care are fewer than the categories' sum (two clients are in both), so the page must take the grand total;</li>
 *   <li>Maastricht: per-category totals without a grand total, so the page must add them up;</li>
 *   <li>Sittard-Geleen: every report empty.</li>
 * </ul>
 */
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DashboardBrowserTest.FixedReports.class)
class DashboardBrowserTest {
    static final HubTestServers SERVERS = new HubTestServers();
    /** Debian's Chromium and its driver; elsewhere, name them with -Dchromium=... -Dchromedriver=... */
    static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"));
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final List<YearMonth> SIX_MONTHS = IntStream.range(0, 6).mapToObj(i -> OCTOBER.minusMonths(5 - i)).toList();
    static final String HEERLEN = "0917";
    static final String MAASTRICHT = "0935";
    static final String SITTARD = "1883";
    static final String BSN = TestBsns.nth(7);

    static WebDriver browser;

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVERS.register(registry);
        registry.add("centrumhub.regions.folder", () -> Path.of("src", "test", "resources", "regions-scenario")
                .toAbsolutePath().toString());
        registry.add("centrumhub.parties.municipalities[1].code", () -> HEERLEN);
        registry.add("centrumhub.parties.municipalities[1].name", () -> "Heerlen");
        registry.add("centrumhub.parties.municipalities[2].code", () -> SITTARD);
        registry.add("centrumhub.parties.municipalities[2].name", () -> "Sittard-Geleen");
        registry.add("centrumhub.parties.municipalities[3].code", () -> "0344");
        registry.add("centrumhub.parties.municipalities[3].name", () -> "Utrecht");
    }

    // --- the fixed reports ---------------------------------------------------------------------------------------

    /** One monitoring row: provider × category of a month. */
    record Monitoring(YearMonth month, String provider, String providerName, String category, long clients,
                      long newAssignments, long starts, long stops, long volume, BigDecimal declared,
                      BigDecimal granted, BigDecimal rejected, Double rejectionRate, Double answersOnTime) {

        List<Object> row() {
            return cells(month.toString(), provider, providerName, category, clients, newAssignments, starts, stops,
                    volume, declared, granted, rejected, rejectionRate, answersOnTime, 4L, 9L);
        }

        /** The sum of rows, as one row of the given provider and category. */
        static Monitoring sum(List<Monitoring> rows, String provider, String category, long clientsInBoth) {
            Monitoring first = rows.get(0);
            return new Monitoring(first.month, provider, null, category,
                    rows.stream().mapToLong(Monitoring::clients).sum() - clientsInBoth,
                    rows.stream().mapToLong(Monitoring::newAssignments).sum(),
                    rows.stream().mapToLong(Monitoring::starts).sum(),
                    rows.stream().mapToLong(Monitoring::stops).sum(),
                    rows.stream().mapToLong(Monitoring::volume).sum(),
                    total(rows, Monitoring::declared), total(rows, Monitoring::granted),
                    total(rows, Monitoring::rejected), null, null);
        }
    }

    static final List<Column> MONITORING = columns("month TEXT", "provider TEXT", "provider_name TEXT",
            "category TEXT", "clients_in_care INTEGER", "new_assignments INTEGER", "starts INTEGER", "stops INTEGER",
            "delivered_volume INTEGER", "declared AMOUNT", "granted AMOUNT", "rejected AMOUNT",
            "rejection_rate PERCENT", "answers_on_time PERCENT", "days_request_to_assignment INTEGER",
            "days_assignment_to_start INTEGER");
    static final List<Column> REJECTIONS = columns("retourcode TEXT", "lines INTEGER", "messages INTEGER",
            "amount AMOUNT", "share PERCENT");
    static final List<Column> SIGNALS = columns("signal TEXT", "status TEXT", "due DATE", "days_over INTEGER",
            "provider TEXT", "provider_name TEXT", "message_type TEXT", "identificatie TEXT", "assignment TEXT",
            "detail TEXT", "bsn TEXT");
    static final List<Column> FORECAST = columns("domain TEXT", "granted_so_far AMOUNT", "projected_running AMOUNT",
            "expected_year_total AMOUNT", "advances_paid AMOUNT", "expected_balance AMOUNT", "tariff_missing INTEGER");

    /** Heerlen, month i (0 = May ... 5 = October): the two providers' rows. */
    static List<Monitoring> heerlenProviders(int i) {
        YearMonth month = SIX_MONTHS.get(i);
        BigDecimal declaredA = new BigDecimal("1500.25").add(BigDecimal.valueOf(100L * i));
        BigDecimal rejectedA = new BigDecimal("12.50").multiply(BigDecimal.valueOf(i));
        BigDecimal declaredB = new BigDecimal("800.10").add(BigDecimal.valueOf(20L * i));
        BigDecimal rejectedB = i % 2 == 0 ? new BigDecimal("0.00") : new BigDecimal("33.30");
        return List.of(
                new Monitoring(month, "12345678", "Jeugdzorg Proef", "45", 30 + i, 4 + i % 3, 3 + i % 2, 1 + i % 2,
                        120 + 10L * i, declaredA, declaredA.subtract(rejectedA), rejectedA, 4.5 + i, 92.5),
                new Monitoring(month, "87654321", "Wmo Thuiszorg Proef", "43", 10 + i, 2, 1 + i % 2, i % 2,
                        40 + 5L * i, declaredB, declaredB.subtract(rejectedB), rejectedB, i % 2 == 0 ? 0.0 : 6.25,
                        100.0));
    }

    /** Heerlen's grand total of month i: two clients are in both categories. */
    static Monitoring heerlenTotal(int i) {
        return Monitoring.sum(heerlenProviders(i), "ALL", "ALL", 2);
    }

    static List<Monitoring> maastrichtProviders() {
        return List.of(
                new Monitoring(OCTOBER, "12345678", "Jeugdzorg Proef", "45", 55, 6, 5, 2, 300,
                        new BigDecimal("4200.00"), new BigDecimal("4100.00"), new BigDecimal("100.00"), 2.4, 97.0),
                new Monitoring(OCTOBER, "87654321", "Wmo Thuiszorg Proef", "43", 21, 1, 1, 0, 80,
                        new BigDecimal("1333.33"), new BigDecimal("1333.33"), new BigDecimal("0.00"), 0.0, 100.0));
    }

    static List<Object> rejection(String code, long lines, long messages, String amount, double share) {
        return cells(code, lines, messages, new BigDecimal(amount), share);
    }

    static final List<List<Object>> HEERLEN_REJECTIONS = List.of(
            rejection("8017", 3, 2, "150.00", 50.0),
            rejection("9340", 2, 1, "75.50", 33.3),
            rejection("9019", 1, 1, "12.00", 16.7));

    static List<Object> signal(String signal, String status, String due, long daysOver, String identificatie) {
        return cells(signal, status, LocalDate.parse(due), daysOver, "12345678", "Jeugdzorg Proef", "JW315",
                identificatie, "A-" + identificatie, "no answer yet", BSN);
    }

    static final List<List<Object>> HEERLEN_SIGNALS = List.of(
            signal("retour late", "OVERDUE", "2026-10-06", 4, "HRL-1"),
            signal("assignment without start", "AT_RISK", "2026-11-03", 0, "HRL-2"),
            signal("retour late", "AT_RISK", "2026-11-02", 0, "HRL-3"),
            signal("assignment without start", "OVERDUE", "2026-10-20", 8, "HRL-4"),
            signal("stop without start", "OVERDUE", "2026-10-14", 12, "HRL-5"));

    static final List<List<Object>> MAASTRICHT_SIGNALS = List.of(
            signal("retour late", "OVERDUE", "2026-10-09", 2, "MST-1"),
            signal("retour late", "AT_RISK", "2026-11-04", 0, "MST-2"));

    static List<Object> forecast(String domain, String granted, String projected, String advances, long missing) {
        BigDecimal year = new BigDecimal(granted).add(new BigDecimal(projected));
        return cells(domain, new BigDecimal(granted), new BigDecimal(projected), year, new BigDecimal(advances),
                year.subtract(new BigDecimal(advances)), missing);
    }

    static final List<List<Object>> HEERLEN_FORECAST = List.of(
            forecast("jeugd", "42000.00", "9500.50", "48000.00", 2),
            forecast("wmo", "12000.00", "1800.00", "15000.00", 0));

    /** A report of fixed rows per municipality and month; none for any other. */
    record Fixed(String kind, String title, List<Column> columns, Map<String, List<List<Object>>> rows)
            implements ReportSource {
        @Override
        public Report build(String municipality, YearMonth period) {
            return new Report(kind, title, municipality, period, columns,
                    rows.getOrDefault(municipality + " " + period, List.of()));
        }
    }

    static Map<String, List<List<Object>>> monitoringRows() {
        Map<String, List<List<Object>>> rows = new HashMap<>();
        for (int i = 0; i < SIX_MONTHS.size(); i++) {
            List<List<Object>> month = new ArrayList<>();
            for (Monitoring provider : heerlenProviders(i)) {
                month.add(provider.row());
                month.add(Monitoring.sum(List.of(provider), "ALL", provider.category(), 0).row());
            }
            month.add(heerlenTotal(i).row());
            rows.put(HEERLEN + " " + SIX_MONTHS.get(i), month);
        }
        List<List<Object>> maastricht = new ArrayList<>();
        for (Monitoring provider : maastrichtProviders()) {
            maastricht.add(provider.row());
            maastricht.add(Monitoring.sum(List.of(provider), "ALL", provider.category(), 0).row());
        }
        rows.put(MAASTRICHT + " " + OCTOBER, maastricht);
        return rows;
    }

    /**
     * The test's reports in place of the hub's own (the real API bean, given only these sources): no
     * {@code error-list}, so the page meets a kind that is not there.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class FixedReports {
        @Bean
        ReportsApi reportsApi(PartyRegistry registry) {
            return new ReportsApi(List.of(
                    new Fixed("monitoring", "Monitoring", MONITORING, monitoringRows()),
                    new Fixed("rejections", "Rejections", REJECTIONS, Map.of(HEERLEN + " " + OCTOBER,
                            HEERLEN_REJECTIONS)),
                    new Fixed("signals", "Signals", SIGNALS, Map.of(HEERLEN + " " + OCTOBER, HEERLEN_SIGNALS,
                            MAASTRICHT + " " + OCTOBER, MAASTRICHT_SIGNALS)),
                    new Fixed("forecast", "Forecast", FORECAST, Map.of(HEERLEN + " " + OCTOBER, HEERLEN_FORECAST))),
                    registry);
        }
    }

    // --- the browser -------------------------------------------------------------------------------------------------

    @BeforeAll
    static void startBrowser() {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("the dashboard test needs the operating system's Chromium and its driver (%s, %s): "
                        + "apt-get install chromium chromium-driver (.ci/run installs them), or name them with "
                        + "-Dchromium= and -Dchromedriver=", CHROMIUM, CHROMEDRIVER)
                .isTrue();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,2000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theOperatorSeesTheFixedReportsAsCharts() throws Exception {
        logIn();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> "ready".equals(body().getDomAttribute("data-state")));

        choose(SITTARD, OCTOBER);
        assertThat(panelStates()).containsExactlyInAnyOrderEntriesOf(Map.of("region", "chart", "volumes", "empty",
                "amounts", "empty", "providers", "empty", "retourcodes", "empty", "signals", "empty",
                "forecast", "empty", "errors", "missing"));
        assertThat(note("volumes")).isEqualTo("No monitoring for Sittard-Geleen (1883) in Oct 2026 or the months "
                + "before.");
        assertThat(note("errors")).isEqualTo("The error-list report is not available on this hub.");

        choose(HEERLEN, OCTOBER);
        assertThat(panelStates()).containsExactlyInAnyOrderEntriesOf(Map.of("region", "chart", "volumes", "chart",
                "amounts", "chart", "providers", "chart", "retourcodes", "chart", "signals", "chart",
                "forecast", "chart", "errors", "missing"));
        Map<String, Drawn> charts = charts();
        assertThat(charts.keySet()).containsExactlyInAnyOrder("chart-region", "chart-volumes", "chart-amounts",
                "chart-providers", "chart-retourcodes", "chart-signals", "chart-forecast");
        assertThat(charts.get("chart-region")).isEqualTo(expectedRegion());
        assertThat(charts.get("chart-volumes")).isEqualTo(expectedVolumes());
        assertThat(charts.get("chart-amounts")).isEqualTo(expectedAmounts());
        assertThat(charts.get("chart-providers")).isEqualTo(expectedProviders());
        assertThat(charts.get("chart-retourcodes")).isEqualTo(expectedRetourcodes());
        assertThat(charts.get("chart-signals")).isEqualTo(expectedSignals());
        assertThat(charts.get("chart-forecast")).isEqualTo(expectedForecast());

        assertThat(text("tile-overdue")).isEqualTo(String.valueOf(count(HEERLEN_SIGNALS, "OVERDUE")));
        assertThat(text("tile-at-risk")).isEqualTo(String.valueOf(count(HEERLEN_SIGNALS, "AT_RISK")));
        assertThat(browser.findElements(By.cssSelector("#table-signals tbody tr"))).hasSize(HEERLEN_SIGNALS.size());
        assertThat(browser.findElement(By.cssSelector("#table-signals tbody tr td")).getText())
                .as("overdue first, earliest due first").isEqualTo("2026-10-06");
        assertThat(note("forecast")).isEqualTo("jeugd: no contract tariff for 2 running assignments (not in the "
                + "projection).");
        assertThat(browser.getPageSource()).as("the page shows no BSN").doesNotContain(BSN);
        assertThat(browser.findElement(By.id("download")).getDomProperty("href")).isEqualTo(base()
                + "/api/v1/reports/all?format=xlsx&municipality=0917&period=2026-10");

        screenshot(Path.of("target", "dashboard.png"));
    }

    @Test
    void theSelectorsListTheRegionsAndAMunicipalitySeesOnlyItself() throws Exception {
        JsonNode operator = json.readTree(get("/api/v1/reports/regions", SERVERS.basic("operator")).body());
        assertThat(operator.toString()).isEqualTo("{\"regions\":[{\"name\":\"Drieregio\",\"centre\":\"0935\","
                + "\"municipalities\":[{\"code\":\"0935\",\"name\":\"Maastricht\"},{\"code\":\"0917\",\"name\":"
                + "\"Heerlen\"},{\"code\":\"1883\",\"name\":\"Sittard-Geleen\"}]}],\"outside\":[{\"code\":\"0344\","
                + "\"name\":\"Utrecht\"}]}");
        JsonNode heerlen = json.readTree(get("/api/v1/reports/regions", SERVERS.basic(HEERLEN)).body());
        assertThat(heerlen.toString()).isEqualTo("{\"regions\":[{\"name\":\"Drieregio\",\"centre\":\"0935\","
                + "\"municipalities\":[{\"code\":\"0917\",\"name\":\"Heerlen\"}]}],\"outside\":[]}");
        assertThat(get("/api/v1/reports/regions", SERVERS.basic("12345678")).statusCode()).as("a provider")
                .isEqualTo(403);
        assertThat(get("/api/v1/reports/regions", null).statusCode()).isEqualTo(401);
        HttpResponse<String> page = get("/dashboard/", SERVERS.basic(HEERLEN));
        assertThat(page.statusCode()).as("the dashboard is for operators").isEqualTo(403);
    }

    // --- expectations, from the fixed rows ---------------------------------------------------------------------------

    /** A chart as Chart.js holds it: its labels and each dataset's label and values. */
    record Drawn(List<String> labels, List<Series> datasets) {
    }

    record Series(String label, List<Double> data) {
    }

    Drawn expectedRegion() {
        List<Monitoring> maastricht = maastrichtProviders();
        Monitoring heerlen = heerlenTotal(5);
        return new Drawn(List.of("Maastricht", "Heerlen", "Sittard-Geleen"), List.of(
                new Series("Declared (€)", values(total(maastricht, Monitoring::declared), heerlen.declared(), 0)),
                new Series("Granted (€)", values(total(maastricht, Monitoring::granted), heerlen.granted(), 0)),
                new Series("Rejected (€)", values(total(maastricht, Monitoring::rejected), heerlen.rejected(), 0)),
                new Series("Signals overdue", values(count(MAASTRICHT_SIGNALS, "OVERDUE"),
                        count(HEERLEN_SIGNALS, "OVERDUE"), 0))));
    }

    Drawn expectedVolumes() {
        Function<Function<Monitoring, Object>, List<Double>> months = column -> IntStream.range(0, 6)
                .mapToObj(i -> number(column.apply(heerlenTotal(i)))).toList();
        return new Drawn(SIX_MONTHS.stream().map(YearMonth::toString).toList(), List.of(
                new Series("Clients in care", months.apply(Monitoring::clients)),
                new Series("New assignments", months.apply(Monitoring::newAssignments)),
                new Series("Starts", months.apply(Monitoring::starts)),
                new Series("Stops", months.apply(Monitoring::stops)),
                new Series("Delivered volume", months.apply(Monitoring::volume))));
    }

    Drawn expectedAmounts() {
        Function<Function<Monitoring, Object>, List<Double>> months = column -> IntStream.range(0, 6)
                .mapToObj(i -> number(column.apply(heerlenTotal(i)))).toList();
        return new Drawn(SIX_MONTHS.stream().map(YearMonth::toString).toList(), List.of(
                new Series("Declared (€)", months.apply(Monitoring::declared)),
                new Series("Granted (€)", months.apply(Monitoring::granted)),
                new Series("Rejected (€)", months.apply(Monitoring::rejected))));
    }

    Drawn expectedProviders() {
        List<Monitoring> october = heerlenProviders(5);
        return new Drawn(october.stream().map(m -> m.providerName() + " · " + m.category()).toList(), List.of(
                new Series("Rejection rate (%)", october.stream().map(Monitoring::rejectionRate).toList()),
                new Series("Answers on time (%)", october.stream().map(Monitoring::answersOnTime).toList())));
    }

    Drawn expectedRetourcodes() {
        return new Drawn(HEERLEN_REJECTIONS.stream().map(r -> (String) r.get(0)).toList(), List.of(
                new Series("Share (%)", HEERLEN_REJECTIONS.stream().map(r -> number(r.get(4))).toList()),
                new Series("Lines", HEERLEN_REJECTIONS.stream().map(r -> number(r.get(1))).toList())));
    }

    Drawn expectedSignals() {
        List<String> kinds = new ArrayList<>(new LinkedHashSet<>(HEERLEN_SIGNALS.stream().map(s -> (String) s.get(0))
                .toList()));
        Function<String, List<Double>> counted = status -> kinds.stream().map(kind -> (double) HEERLEN_SIGNALS.stream()
                .filter(s -> s.get(0).equals(kind) && s.get(1).equals(status)).count()).toList();
        return new Drawn(kinds, List.of(new Series("Overdue", counted.apply("OVERDUE")),
                new Series("At risk", counted.apply("AT_RISK"))));
    }

    Drawn expectedForecast() {
        Function<Integer, List<Double>> column = i -> HEERLEN_FORECAST.stream().map(r -> number(r.get(i))).toList();
        return new Drawn(HEERLEN_FORECAST.stream().map(r -> (String) r.get(0)).toList(), List.of(
                new Series("Granted so far (€)", column.apply(1)),
                new Series("Projected, running assignments (€)", column.apply(2)),
                new Series("Advances paid (€)", column.apply(4))));
    }

    // --- helpers -----------------------------------------------------------------------------------------------------

    private void logIn() {
        browser.get(base() + "/dashboard");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/login"));
        browser.findElement(By.id("username")).sendKeys("operator");
        browser.findElement(By.id("password")).sendKeys(SERVERS.password("operator"));
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/dashboard/"));
    }

    /** Picks the month and the municipality as a person would, and waits until the page shows them. */
    private void choose(String municipality, YearMonth month) {
        WebElement period = browser.findElement(By.id("period"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change'));", period, month.toString());
        new Select(browser.findElement(By.id("municipality"))).selectByValue(municipality);
        String shown = municipality + " " + month;
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> shown.equals(body().getDomAttribute(
                "data-loaded")) && "ready".equals(body().getDomAttribute("data-state")));
    }

    /** The window (taller than the page) cut to the page's content. */
    private void screenshot(Path file) throws Exception {
        BufferedImage window = ImageIO.read(new ByteArrayInputStream(((TakesScreenshot) browser)
                .getScreenshotAs(OutputType.BYTES)));
        long bottom = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.ceil(document.querySelector('main').getBoundingClientRect().bottom"
                        + " * window.devicePixelRatio);");
        assertThat(bottom).as("the page fits the window").isLessThanOrEqualTo(window.getHeight());
        ImageIO.write(window.getSubimage(0, 0, window.getWidth(), (int) bottom), "png", file.toFile());
        assertThat(file).isNotEmptyFile();
    }

    private Map<String, Drawn> charts() throws Exception {
        String drawn = (String) ((JavascriptExecutor) browser).executeScript("""
                const charts = {};
                for (const canvas of document.querySelectorAll('canvas')) {
                  const chart = Chart.getChart(canvas);
                  if (chart) {
                    charts[canvas.id] = {labels: chart.data.labels,
                        datasets: chart.data.datasets.map(d => ({label: d.label, data: d.data}))};
                  }
                }
                return JSON.stringify(charts);""");
        return json.readValue(drawn, new TypeReference<LinkedHashMap<String, Drawn>>() { });
    }

    private Map<String, String> panelStates() {
        Map<String, String> states = new HashMap<>();
        for (WebElement panel : browser.findElements(By.cssSelector("section.panel"))) {
            states.put(panel.getDomAttribute("data-panel"), panel.getDomAttribute("data-state"));
        }
        return states;
    }

    private String note(String panel) {
        return browser.findElement(By.cssSelector("[data-panel=\"" + panel + "\"] > .note")).getText();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private WebElement body() {
        return browser.findElement(By.tagName("body"));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static List<Column> columns(String... specs) {
        return Arrays.stream(specs).map(spec -> spec.split(" "))
                .map(parts -> new Column(parts[0], Type.valueOf(parts[1]))).toList();
    }

    static List<Object> cells(Object... values) {
        return Arrays.asList(values);
    }

    static BigDecimal total(List<Monitoring> rows, Function<Monitoring, BigDecimal> column) {
        return rows.stream().map(column).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static long count(List<List<Object>> signals, String status) {
        return signals.stream().filter(s -> s.get(1).equals(status)).count();
    }

    static List<Double> values(Object... values) {
        return Arrays.stream(values).map(DashboardBrowserTest::number).toList();
    }

    static Double number(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal amount ? amount.doubleValue() : ((Number) value).doubleValue();
    }
}
