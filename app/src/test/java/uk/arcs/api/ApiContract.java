package uk.arcs.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.arcs.common.Transactions;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.officer.OfficerStore;
import uk.arcs.posture.PostureRegistry;
import uk.arcs.posture.PostureStore;

/**
 * The HTTP API against a real server and database with the London 2023 demo loaded. Subclasses run it
 * on H2 and on PostgreSQL. Tests that write use their own officers and instants after the replay, so
 * the published figures stay as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "arcs.demo=true")
abstract class ApiContract implements IntegrityApiContract {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    OfficerRegistry officerRegistry;
    @Autowired
    OfficerStore officerStore;
    @Autowired
    PostureRegistry postureRegistry;
    @Autowired
    PostureStore postureStore;
    @Autowired
    ForceDirectory forces;
    @Autowired
    Transactions transactions;
    @Autowired
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    record Reply(int status, String contentType, String body, byte[] bytes, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private Reply send(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8), response.body(), response.headers());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    Reply get(String path, String user) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user);
    }

    Reply post(String path, String user, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), user);
    }

    Reply upload(String path, String user, Map<String, String> files) {
        String boundary = "arcs-test-boundary";
        StringBuilder body = new StringBuilder();
        files.forEach((name, content) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"").append(name)
                .append("\"\r\nContent-Type: text/csv\r\n\r\n").append(content).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), user);
    }

    @Override
    public Reply send(String method, String path, String user, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return send(request, user);
    }

    @Override
    public String officer(String force, String unit, int n) {
        return cipher(force, unit, n);
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    /** The cipher of the n-th officer of a unit; each test that writes uses its own officers. */
    String cipher(String force, String unit, int n) {
        return officerRegistry.officers(ForceCode.of(force)).stream().filter(o -> o.unit().equals(unit))
                .skip(n).findFirst().orElseThrow().cipher().value();
    }

    JsonNode picture(String force, String londonTime) {
        Reply reply = get("/api/v1/forces/" + force + "/capability?at=" + londonTime, "met.gold");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    static JsonNode capability(JsonNode picture, String accreditation) {
        for (JsonNode line : picture.get("capabilities")) {
            if (line.get("accreditation").asString().equals(accreditation)) {
                return line;
            }
        }
        throw new AssertionError("no " + accreditation + " line");
    }

    static String encode(Instant instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }

    static Instant london(String local) {
        return LocalDateTime.parse(local).atZone(LONDON).toInstant();
    }

    // ---------------------------------------------------------------- the published figures

    @Test
    void replayShowsTheMetIntactOnTheDayOfTheCharge() {
        JsonNode picture = picture("MET", "2023-09-20T12:00");
        assertThat(picture.get("officers").get("total").asInt()).isEqualTo(2595);
        assertThat(picture.get("officers").get("steppedBack").asInt()).isZero();
        assertThat(picture.get("arv").get("carsAvailable").asInt()).isEqualTo(15);
        assertThat(picture.get("arv").get("carsRequired").asInt()).isEqualTo(15);
        assertThat(picture.get("arv").get("crewSize").asInt()).isEqualTo(3);
        assertThat(picture.get("threatLevel").asString()).isEqualTo("SUBSTANTIAL");
        assertThat(picture.get("shift").get("name").asString()).isEqualTo("EARLY");
    }

    @Test
    void replayShowsExactlyOneHundredSteppedBackOnSaturdayEvening() {
        assertThat(picture("MET", "2023-09-23T18:00").get("officers").get("steppedBack").asInt()).isEqualTo(100);
    }

    @Test
    void replayShowsEveryCtsfoSteppedBackButTheFiveOnLeaveAtTenOnSaturday() {
        Reply reply = get("/api/v1/forces/MET/officers?accreditation=CTSFO&at=2023-09-23T22:00", "met.gold");
        assertThat(reply.status()).isEqualTo(200);
        List<String> notSteppedBack = new ArrayList<>();
        int steppedBack = 0;
        for (JsonNode officer : reply.json().get("officers")) {
            if (officer.get("status").asString().equals("STEPPED_BACK")) {
                steppedBack++;
            } else {
                notSteppedBack.add(officer.get("status").asString() + "/" + officer.get("absence").asString());
            }
        }
        assertThat(steppedBack).isEqualTo(125);
        assertThat(notSteppedBack).containsExactly("AUTHORISED/ANNUAL_LEAVE", "AUTHORISED/ANNUAL_LEAVE",
                "AUTHORISED/ANNUAL_LEAVE", "AUTHORISED/ANNUAL_LEAVE", "AUTHORISED/ANNUAL_LEAVE");
        JsonNode picture = picture("MET", "2023-09-23T22:00");
        assertThat(capability(picture, "CTSFO").get("authorised").asInt()).isEqualTo(5);
        assertThat(capability(picture, "CTSFO").get("available").asInt()).isZero();
    }

    @Test
    void replayShowsTwoArvCarsOfFifteenOnTheWorstNight() {
        JsonNode picture = picture("MET", "2023-09-24T02:00");
        assertThat(picture.get("shift").get("name").asString()).isEqualTo("NIGHT");
        assertThat(picture.get("arv").get("carsAvailable").asInt()).isEqualTo(2);
        assertThat(picture.get("arv").get("carsRequired").asInt()).isEqualTo(15);
        assertThat(picture.get("postureMet").asBoolean()).isFalse();
    }

    @Test
    void replayPeaksAtExactlyThreeHundredSteppedBack() {
        assertThat(picture("MET", "2023-09-25T06:00").get("officers").get("steppedBack").asInt()).isEqualTo(300);
    }

    @Test
    void replayShowsCounterTerrorismCoverBackByMondayLunchtime() {
        JsonNode before = picture("MET", "2023-09-25T06:00");
        JsonNode lunchtime = picture("MET", "2023-09-25T13:00");
        assertThat(before.get("counterTerrorism").get("shortfall").asInt()).isEqualTo(18);
        assertThat(lunchtime.get("counterTerrorism").get("shortfall").asInt()).isZero();
        assertThat(capability(lunchtime, "CTSFO").get("shortfall").asInt()).isZero();
    }

    @Test
    void replayShowsEveryRequirementMetByMetOfficersOnThursday() {
        JsonNode picture = picture("MET", "2023-09-28T12:00");
        assertThat(picture.get("postureMet").asBoolean()).isTrue();
        for (JsonNode line : picture.get("capabilities")) {
            assertThat(line.get("shortfall").asInt()).as(line.toString()).isZero();
        }
        for (JsonNode site : picture.get("sites")) {
            assertThat(site.get("shortfall").asInt()).as(site.toString()).isZero();
        }
        assertThat(picture.get("arv").get("carsShortfall").asInt()).isZero();
        assertThat(picture.get("counterTerrorism").get("shortfall").asInt()).isZero();
    }

    @Test
    void seriesHasOnePictureEveryStep() {
        Reply reply = get("/api/v1/forces/MET/capability/series?from=2023-09-24T00:00&to=2023-09-24T06:00&step=PT1H",
                "met.planner");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode points = reply.json().get("points");
        assertThat(points).hasSize(7);
        assertThat(points.get(2).get("arv").get("carsAvailable").asInt()).isEqualTo(2);
        Reply tooLong = get("/api/v1/forces/MET/capability/series?from=2023-01-01T00:00&to=2023-12-31T00:00&step=PT1M",
                "met.planner");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("detail").asString()).contains("at most 2000 points");
    }

    // ---------------------------------------------------------------- escalation in the replay

    JsonNode escalation(String londonTime) {
        Reply reply = get("/api/v1/forces/MET/escalation?at=" + londonTime, "met.gold");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void replayHasNeitherMutualAidNorTheMilitaryOnTheTwentieth() {
        JsonNode escalation = escalation("2023-09-20T12:00");
        assertThat(escalation.get("military").get("state").asString()).isEqualTo("NONE");
        assertThat(escalation.get("mutualAid").get("officersDeployed").asInt()).isZero();
        assertThat(escalation.get("mutualAid").get("requests")).isEmpty();
        assertThat(escalation.get("advice").get(0).get("step").asString()).isEqualTo("HOLD");
    }

    @Test
    void replayHasTheMilitaryOnStandbyAndAidDeployedAtNoonOnSunday() {
        JsonNode escalation = escalation("2023-09-24T12:00");
        assertThat(escalation.get("military").get("state").asString()).isEqualTo("STANDBY");
        assertThat(escalation.get("mutualAid").get("officersDeployed").asInt()).isEqualTo(62);
        List<String> declined = new ArrayList<>();
        escalation.get("mutualAid").get("requests").forEach(r -> r.get("declinedBy").forEach(d -> declined.add(d.asString())));
        assertThat(declined).containsExactlyInAnyOrder("THAMES_VALLEY", "LEICESTERSHIRE");
        JsonNode picture = picture("MET", "2023-09-24T12:00");
        List<String> donors = new ArrayList<>();
        picture.get("mutualAid").get("byDonor").propertyNames().forEach(donors::add);
        assertThat(donors).containsExactlyInAnyOrder("KENT", "HAMPSHIRE", "AVON_SOMERSET", "BEDFORDSHIRE",
                "CAMBRIDGESHIRE", "HERTFORDSHIRE");
        assertThat(picture.get("arv").get("mutualAidOfficers").asInt()).isPositive();
        JsonNode kent = picture("KENT", "2023-09-24T12:00");
        assertThat(kent.get("officers").get("onLoan").asInt()).isEqualTo(20);
    }

    @Test
    void replayStandsTheMilitaryDownByMondayLunchtimeAndAidByThursdayEvening() {
        assertThat(escalation("2023-09-25T12:00").get("military").get("state").asString()).isEqualTo("STANDBY");
        assertThat(escalation("2023-09-25T13:00").get("military").get("state").asString()).isEqualTo("STOOD_DOWN");
        assertThat(escalation("2023-09-28T09:00").get("mutualAid").get("officersDeployed").asInt()).isEqualTo(62);
        JsonNode thursdayEvening = escalation("2023-09-28T18:00");
        assertThat(thursdayEvening.get("mutualAid").get("officersDeployed").asInt()).isZero();
        assertThat(picture("MET", "2023-09-28T18:00").get("mutualAid").get("officersDeployed").asInt()).isZero();
    }

    @Test
    void standDownOfAidIsAdvisedOnceMetOfficersHoldThePostureAgain() {
        List<String> steps = new ArrayList<>();
        escalation("2023-09-28T09:30").get("advice").forEach(a -> steps.add(a.get("step").asString()));
        assertThat(steps).contains("STAND_DOWN_MUTUAL_AID");
    }

    @Test
    void decisionsCarryTheirRationaleAndThePictureTheyWereTakenOn() {
        Reply reply = get("/api/v1/forces/MET/decisions?from=2023-09-20T00:00&to=2023-10-01T00:00", "met.gold");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode decisions = reply.json();
        assertThat(decisions.size()).isGreaterThanOrEqualTo(4);
        List<String> kinds = new ArrayList<>();
        for (JsonNode decision : decisions) {
            kinds.add(decision.get("decision").asString());
            assertThat(decision.get("rationale").asString()).isNotBlank();
            assertThat(decision.get("picture").get("force").asString()).isEqualTo("MET");
            assertThat(decision.get("picture").get("at").asString()).isEqualTo(decision.get("at").asString());
        }
        assertThat(kinds).contains("REQUEST_AID", "ACCEPT_OFFER", "REQUEST_MILITARY", "STAND_DOWN_MILITARY",
                "STAND_DOWN_AID");
        JsonNode militaryRequest = decisions.valueStream().filter(d -> d.get("decision").asString()
                .equals("REQUEST_MILITARY")).findFirst().orElseThrow();
        // Taken on what was known then: step-backs are recorded minutes after they happen.
        JsonNode counterTerrorism = militaryRequest.get("picture").get("counterTerrorism");
        assertThat(counterTerrorism.get("shortfallAfterMutualAid").asInt()).isPositive();
        assertThat(Instant.parse(militaryRequest.get("picture").get("knownAt").asString()))
                .isEqualTo(Instant.parse(militaryRequest.get("recordedAt").asString()));
        assertThat(militaryRequest.get("role").asString()).isEqualTo("STRATEGIC_COMMANDER");
    }

    @Test
    void partnerForceSeesRequestsAddressedToItButNotOtherDonorsOfficers() {
        // As the replay left them: other tests make requests of their own after it.
        Reply reply = get("/api/v1/mutual-aid/requests?at=2023-10-01T00:00", "kent.commander");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).hasSize(2);
        for (JsonNode request : reply.json()) {
            for (JsonNode offer : request.get("offers")) {
                boolean own = offer.get("donor").asString().equals("KENT");
                assertThat(offer.get("officersNamed").size()).as(offer.toString())
                        .isEqualTo(own ? offer.get("officersNamedCount").asInt() : 0);
            }
        }
        Reply loans = get("/api/v1/forces/KENT/mutual-aid/loans?at=2023-09-24T12:00", "kent.commander");
        assertThat(loans.json().valueStream().mapToInt(l -> l.get("officers").size()).sum()).isEqualTo(20);
        assertThat(get("/api/v1/forces/MET/mutual-aid/loans", "kent.commander").status()).isEqualTo(403);
    }

    @Test
    void refusedStepsAnswer409NamingTheRuleAndWrongForces403() {
        long request = get("/api/v1/mutual-aid/requests", "met.gold").json().get(0).get("id").asLong();
        Reply closed = post("/api/v1/mutual-aid/requests/" + request + "/close", "met.gold",
                "{\"rationale\": \"again\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(409);
        assertThat(closed.json().get("rule").asString()).isEqualTo("OpenRequest");
        long offer = get("/api/v1/mutual-aid/requests/" + request, "met.gold").json().get("offers").get(0).get("id").asLong();
        Reply donorAccepting = post("/api/v1/mutual-aid/requests/" + request + "/offers/" + offer + "/accept",
                "kent.commander", "{\"rationale\": \"accept\"}");
        assertThat(donorAccepting.status()).isEqualTo(403);
        Reply patrol = post("/api/v1/forces/MET/military/events", "met.gold",
                "{\"type\": \"REQUESTED\", \"task\": \"ARMED_PATROL\", \"reason\": \"cover the ARV gap\"}");
        assertThat(patrol.status()).as(patrol.body()).isEqualTo(409);
        assertThat(patrol.json().get("rule").asString()).isEqualTo("CounterTerrorismOnly");
        Reply noRationale = post("/api/v1/mutual-aid/requests/" + request + "/close", "met.gold", "{}");
        assertThat(noRationale.status()).isEqualTo(400);
    }

    @Test
    void militaryLiaisonSeesTheMilitaryContingencyOnly() {
        Reply military = get("/api/v1/forces/MET/military?at=2023-09-24T12:00", "mod.liaison");
        assertThat(military.status()).isEqualTo(200);
        assertThat(military.json().get("state").asString()).isEqualTo("STANDBY");
        assertThat(get("/api/v1/forces/MET/escalation", "mod.liaison").status()).isEqualTo(403);
        assertThat(get("/api/v1/mutual-aid/requests", "mod.liaison").status()).isEqualTo(403);
        assertThat(get("/api/v1/forces/MET/decisions", "mod.liaison").status()).isEqualTo(403);
    }

    @Test
    void costRecoveryIsCsvOfOfficerHoursPerRequestAndDonor() {
        Reply reply = get("/api/v1/mutual-aid/cost-recovery?from=2023-09-20T00:00:00Z&to=2023-10-01T00:00:00Z",
                "npocc.coordinator");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/csv");
        List<String> lines = reply.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("request,requester,donor,accreditation,officers,officerHours,ratePerHour,amount");
        assertThat(lines).hasSize(8);
        // Kent's first twelve served from 20:00 on Friday the 22nd to 10:00 on Thursday the 28th: 134 hours each.
        assertThat(lines).anyMatch(l -> l.contains(",MET,KENT,ARV,12,1608.00,"));
        Reply kent = get("/api/v1/mutual-aid/cost-recovery?from=2023-09-20T00:00:00Z&to=2023-10-01T00:00:00Z",
                "kent.commander");
        assertThat(kent.body().lines().skip(1)).allMatch(l -> l.contains(",KENT,"));
    }

    // ---------------------------------------------------------------- forecast and what-if

    @Test
    void forecastOnSaturdayEveningProjectsFromTheStepBacksRecordedSoFar() {
        Reply reply = get("/api/v1/forces/MET/forecast?at=2023-09-23T18:00&knownAt=2023-09-23T18:00&horizonHours=24"
                + "&samples=40", "met.planner");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode forecast = reply.json().get("forecast");
        assertThat(forecast.get("confidence").asString()).isEqualTo("PROJECTED");
        JsonNode arv = forecast.get("rates").valueStream().filter(r -> r.get("group").asString().equals("ARV"))
                .findFirst().orElseThrow();
        assertThat(arv.get("stepBacks").asInt()).isPositive();
        assertThat(forecast.get("steppedBack").get(0).get("median").asDouble()).isEqualTo(100);
        assertThat(forecast.get("breaks").valueStream().map(b -> b.get("requirement").asString()))
                .contains("ARV cars", "counter-terrorism cover", "Downing Street");
        assertThat(reply.json().get("requalification").get("weeks")).hasSize(12);
        assertThat(get("/api/v1/forces/MET/forecast?horizonHours=900", "met.planner").status()).isEqualTo(400);
        assertThat(get("/api/v1/forces/MET/forecast", "met.press").status()).isEqualTo(403);
    }

    @Test
    void whatIfIsRunSavedComparedAndRecordsNothing() {
        int events = officerRegistry.events(ForceCode.of("MET")).size();
        String body = """
                {"name": "%s", "at": "2023-09-28T12:00", "save": true,
                 "changes": [{"type": "STEP_BACK", "accreditation": "ARV", "officers": 30},
                             {"type": "THREAT_LEVEL", "level": "CRITICAL"}]}""";
        String name = "thirty more ARV at CRITICAL " + port;
        Reply saved = post("/api/v1/forces/MET/what-if", "met.gold", body.formatted(name));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        JsonNode shift = saved.json().get("shifts").get(0);
        assertThat(shift.get("recorded").get("carsAvailable").asInt()).isEqualTo(15);
        assertThat(shift.get("changed").get("carsAvailable").asInt()).isEqualTo(13);
        assertThat(shift.get("changed").get("carsRequired").asInt()).isEqualTo(23);
        assertThat(saved.json().get("advice").size()).isPositive();
        JsonNode response = saved.json().get("responseTimes");
        assertThat(response.get("changed").get("cars").asInt()).isLessThan(response.get("recorded").get("cars").asInt());
        assertThat(response.get("changed").get("meanMinutes").asDouble())
                .isGreaterThan(response.get("recorded").get("meanMinutes").asDouble());
        assertThat(post("/api/v1/forces/MET/what-if", "met.gold", body.formatted(name)).json().get("rule").asString())
                .isEqualTo("ScenarioNamesAreKept");
        Reply other = post("/api/v1/forces/MET/what-if", "met.gold", """
                {"name": "aid %s", "at": "2023-09-28T12:00", "save": true,
                 "changes": [{"type": "MUTUAL_AID", "accreditation": "ARV", "officers": 12}]}""".formatted(port));
        assertThat(other.status()).isEqualTo(201);
        Reply compared = get("/api/v1/forces/MET/what-if/compare?names=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "," + URLEncoder.encode("aid " + port, StandardCharsets.UTF_8), "met.planner");
        assertThat(compared.status()).as(compared.body()).isEqualTo(200);
        assertThat(compared.json()).hasSize(2);
        assertThat(compared.json().get(1).get("changed").get("carsWithMutualAid").asInt())
                .isGreaterThan(compared.json().get(0).get("changed").get("carsWithMutualAid").asInt());
        assertThat(officerRegistry.events(ForceCode.of("MET"))).hasSize(events);
        Reply bad = post("/api/v1/forces/MET/what-if", "met.gold", """
                {"changes": [{"type": "STEP_BACK", "accreditation": "ARV", "officers": 0}]}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asString()).startsWith("changes[0].officers:");
    }

    // ---------------------------------------------------------------- reporting

    @Test
    void pressOfficeChecksTheClaimsOfMondayMorning() {
        Reply all = post("/api/v1/forces/MET/claims:check", "met.press", """
                {"text": "All firearms officers have stepped back", "at": "2023-09-25T09:00"}""");
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().get("verdict").asString()).isEqualTo("FALSE");
        assertThat(all.json().get("explanation").asString()).contains("2595 firearms officers");
        Reply moreThan = post("/api/v1/forces/MET/claims:check", "met.press", """
                {"text": "More than 100 firearms officers have stepped back", "at": "2023-09-25T06:00"}""");
        assertThat(moreThan.json().get("verdict").asString()).isEqualTo("TRUE");
        assertThat(moreThan.json().get("figures").get("count").asInt()).isEqualTo(300);
        Reply unreadable = post("/api/v1/forces/MET/claims:check", "met.press", """
                {"text": "Armed policing in London has collapsed", "at": "2023-09-25T06:00"}""");
        assertThat(unreadable.json().get("verdict").asString()).isEqualTo("UNSUPPORTED");
        assertThat(post("/api/v1/forces/MET/claims:check", "met.press", "{}").status()).isEqualTo(400);
        assertThat(post("/api/v1/forces/MET/claims:check", "mod.liaison", "{\"text\": \"x\"}").status()).isEqualTo(403);
    }

    @Test
    void annualStatisticsAnswerThePublishedFiguresForTheYearToMarch2023() {
        Reply reply = get("/api/v1/statistics/firearms-operations?year=2022", "met.press");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode totals = reply.json().get("englandAndWales");
        assertThat(totals.get("operations").asInt()).isEqualTo(18395);
        assertThat(totals.get("arvOperations").asInt()).isEqualTo(16971);
        assertThat(totals.get("discharges").asInt()).isEqualTo(10);
        JsonNode met = reply.json().get("forces").get(0);
        assertThat(met.get("force").asString()).isEqualTo("MET");
        assertThat(met.get("operations").asInt()).isEqualTo(3685);
        assertThat(met.get("share").asDouble()).isEqualTo(0.2);
        Reply recorded = post("/api/v1/forces/KENT/firearms-operations", "kent.commander", """
                {"reference": "KNT-%s", "authorisedAt": "2024-06-01T10:00", "arvAttended": true, "discharged": false}
                """.formatted(port));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(get("/api/v1/statistics/firearms-operations?year=2024", "met.press").json().get("forces")
                .valueStream().anyMatch(f -> f.get("force").asString().equals("KENT"))).isTrue();
    }

    // ---------------------------------------------------------------- situation reports and statements

    Reply get(String path, String user, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET(), user);
    }

    Reply post(String path, String user, String json, String ifMatch) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .POST(HttpRequest.BodyPublishers.ofString(json)), user);
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Every MET cipher that appears as a word in the text. */
    List<String> metCiphersIn(String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        Matcher word = Pattern.compile("[A-Z][A-Z0-9]{1,11}").matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return officerRegistry.officers(ForceCode.of("MET")).stream().map(o -> o.cipher().value())
                .filter(words::contains).toList();
    }

    @Test
    void sitrepOfTheWorstNightSaysTwoOfFifteenArvCarsAlikeInJsonHtmlAndPdf() throws IOException {
        String path = "/api/v1/forces/MET/sitrep?at=2023-09-24T02:00";
        Reply json = get(path, "met.gold");
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        JsonNode sitrep = json.json();
        assertThat(sitrep.get("at").asString()).isEqualTo("2023-09-24T01:00:00Z");
        JsonNode arv = sitrep.get("figures").get("arv");
        assertThat(arv.get("carsAvailable").asInt()).isEqualTo(2);
        assertThat(arv.get("carsRequired").asInt()).isEqualTo(15);
        int steppedBack = sitrep.get("figures").get("officers").get("steppedBack").asInt();
        assertThat(steppedBack).isPositive().isEqualTo(picture("MET", "2023-09-24T02:00").get("officers")
                .get("steppedBack").asInt());
        assertThat(sitrep.get("since").get("from").asString()).isEqualTo("2023-09-23T01:00:00Z");
        assertThat(sitrep.get("decisions").valueStream().map(d -> d.get("decision").asString()))
                .contains("REQUEST_AID", "REQUEST_MILITARY");
        assertThat(sitrep.get("military").get("state").asString()).isEqualTo("STANDBY");
        assertThat(metCiphersIn(json.body())).isEmpty();

        Reply html = get(path, "met.gold", "text/html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("Metropolitan Police Service: situation report")
                .contains("Sun 24 Sep 2023 02:00 BST (Europe/London)")
                .containsPattern("id=\"arv-cars\"[^>]*>2 of 15<")
                .containsPattern("id=\"stepped-back\"[^>]*>" + String.format(java.util.Locale.UK, "%,d", steppedBack) + "<");

        Reply pdf = get(path, "met.gold", "application/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = pdfText(pdf.bytes());
        assertThat(text).contains("Metropolitan Police Service: situation report").contains("2 of 15")
                .contains("Sun 24 Sep 2023 02:00 BST").contains("REQUEST_MILITARY");
        assertThat(get(path + "&format=pdf", "met.gold").bytes()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(get(path, "met.gold", "image/png").status()).isEqualTo(406);
        assertThat(get(path + "&format=docx", "met.gold").status()).isEqualTo(400);
    }

    @Test
    void sitrepIsForTheForcesCommandAndTheCoordinatorWhileIssuedOnesAreReadByItsPressOffice() {
        String path = "/api/v1/forces/MET/sitrep?at=2023-09-24T02:00";
        assertThat(get(path, "met.planner").status()).isEqualTo(200);
        assertThat(get(path, "npocc.coordinator").status()).isEqualTo(200);
        for (String user : List.of("met.press", "met.supervisor", "kent.commander", "mod.liaison", "identity.admin")) {
            Reply refused = get(path, user);
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(post("/api/v1/forces/MET/sitreps", "met.press", "{\"at\": \"2023-10-01T12:00\"}").status())
                .isEqualTo(403);
        assertThat(post("/api/v1/forces/MET/sitreps", "kent.commander", "{\"at\": \"2023-10-01T12:00\"}").status())
                .isEqualTo(403);
        assertThat(get("/api/v1/forces/MET/sitreps", "met.press").status()).isEqualTo(200);
        assertThat(get("/api/v1/forces/MET/sitreps", "kent.commander").status()).isEqualTo(403);
    }

    @Test
    void issuedSitrepIsKeptAsIssuedAndStartsTheNextReportsDecisions() throws IOException {
        // Instants after the replay's week, so reports viewed at instants within it are not affected.
        Reply first = post("/api/v1/forces/MET/sitreps", "met.planner", "{\"at\": \"2023-10-02T09:00\"}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        int number = first.json().get("issue").get("number").asInt();
        assertThat(first.json().get("issue").get("issuedBy").asString()).isEqualTo("met.planner");
        Reply stored = get("/api/v1/forces/MET/sitreps/" + number, "met.gold");
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json()).isEqualTo(first.json());
        assertThat(get("/api/v1/forces/MET/sitreps", "met.gold").json().valueStream()
                .map(e -> e.get("number").asInt())).contains(number);

        Reply earlier = post("/api/v1/forces/MET/sitreps", "met.gold", "{\"at\": \"2023-10-01T09:00\"}");
        assertThat(earlier.status()).isEqualTo(409);
        assertThat(earlier.json().get("rule").asString()).isEqualTo("SitrepsInOrder");
        assertThat(post("/api/v1/forces/MET/sitreps", "met.gold", "{\"at\": \"2099-01-01T00:00\"}").status())
                .isEqualTo(400);

        Reply viewed = get("/api/v1/forces/MET/sitrep?at=2023-10-02T10:00", "met.gold");
        assertThat(viewed.json().get("since").get("previousNumber").asInt()).isEqualTo(number);
        assertThat(viewed.json().get("since").get("from").asString()).isEqualTo("2023-10-02T08:00:00Z");
        Reply second = post("/api/v1/forces/MET/sitreps", "met.gold", "{\"at\": \"2023-10-02T10:00\"}");
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().get("issue").get("number").asInt()).isEqualTo(number + 1);
        assertThat(second.json().get("since")).isEqualTo(viewed.json().get("since"));

        Reply press = get("/api/v1/forces/MET/sitreps/" + number, "met.press");
        assertThat(press.status()).isEqualTo(200);
        assertThat(press.json().get("decisions")).isEmpty();
        assertThat(press.json().get("decisionsWithheld").asBoolean()).isTrue();
        assertThat(press.json().get("figures")).isEqualTo(first.json().get("figures"));
        Reply pdf = get("/api/v1/forces/MET/sitreps/" + number + "?format=pdf", "met.press");
        assertThat(pdfText(pdf.bytes())).contains("situation report no. " + number)
                .contains("The decision log is not part of the press office's view.");
        assertThat(get("/api/v1/forces/MET/sitreps/99999", "met.gold").status()).isEqualTo(404);
    }

    @Test
    void statementGoesFromDraftThroughEditAndBothApprovalsToPublishedAndThenStaysAsItIs() {
        String base = "/api/v1/forces/MET/statements";
        Reply drafted = post(base, "met.press", "{\"at\": \"2023-09-24T02:00\"}");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        JsonNode draft = drafted.json();
        String path = base + "/" + draft.get("number").asInt();
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("version").asInt()).isEqualTo(1);
        assertThat(draft.get("figures").get("arv").get("carsAvailable").asInt()).isEqualTo(2);
        assertThat(draft.get("text").asString()).startsWith("Metropolitan Police Service: armed policing update at "
                + "02:00 on Sunday 24 September 2023").contains("can crew 2 of the 15 armed response vehicles")
                .contains("Military personnel are on standby");
        assertThat(metCiphersIn(drafted.body())).isEmpty();

        Reply edited = post(path + "/edit", "met.press", "{\"text\": \"The Met has armed officers on duty across "
                + "London.\\n\\nIts own officers crewed 2 of 15 armed response vehicles at 02:00.\"}", "\"1\"");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("version").asInt()).isEqualTo(2);
        assertThat(get(path, "met.gold").body()).contains("\"version\":2");

        Reply stale = post(path + "/approve", "met.gold", "{}", "\"1\"");
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().get("rule").asString()).isEqualTo("CurrentVersion");
        assertThat(post(path + "/approve", "met.gold", "{}").status()).isEqualTo(428);

        assertThat(post(path + "/approve", "met.press", "{\"version\": 2}").status()).isEqualTo(200);
        Reply twice = post(path + "/approve", "met.press", "{\"version\": 3}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("rule").asString()).isEqualTo("TwoPersonApproval");
        Reply early = post(path + "/publish", "met.press", "{\"version\": 3}");
        assertThat(early.json().get("rule").asString()).isEqualTo("ApprovedBeforePublishing");
        Reply approved = post(path + "/approve", "met.gold", "{}", "\"3\"");
        assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
        Reply published = post(path + "/publish", "met.gold", "{\"version\": 4}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(published.json().get("published").get("by").asString()).isEqualTo("met.gold");
        assertThat(published.json().get("figures")).isEqualTo(draft.get("figures"));

        Reply afterwards = post(path + "/edit", "met.gold", "{\"text\": \"changed\", \"version\": 5}");
        assertThat(afterwards.status()).isEqualTo(409);
        assertThat(afterwards.json().get("rule").asString()).isEqualTo("PublishedIsFinal");
        assertThat(post(path + "/withdraw", "met.press", "{\"reason\": \"x\", \"version\": 5}").json().get("rule")
                .asString()).isEqualTo("PublishedIsFinal");

        Reply html = get(path, "met.press", "text/html");
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("Its own officers crewed 2 of 15 armed response vehicles at 02:00.")
                .contains("PUBLISHED").contains("Published by met.gold");
        assertThat(get(base, "met.gold").json().valueStream().map(s -> s.get("number").asInt()))
                .contains(draft.get("number").asInt());
    }

    @Test
    void statementsAreForThePressOfficeAndCommandersOfTheForceOnly() {
        assertThat(get("/api/v1/forces/MET/statements", "met.planner").status()).isEqualTo(403);
        assertThat(get("/api/v1/forces/MET/statements", "kent.commander").status()).isEqualTo(403);
        assertThat(get("/api/v1/forces/MET/statements", "npocc.coordinator").status()).isEqualTo(403);
        assertThat(post("/api/v1/forces/MET/statements", "kent.commander", "{}").status()).isEqualTo(403);
        Reply commanderDrafting = post("/api/v1/forces/MET/statements", "met.gold", "{}");
        assertThat(commanderDrafting.status()).isEqualTo(403);
        assertThat(commanderDrafting.contentType()).startsWith("application/problem+json");
        assertThat(get("/api/v1/forces/MET/statements/99999", "met.press").status()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- access

    @Test
    void anonymousRequestIsRefusedWithAProblem() {
        Reply reply = get("/api/v1/forces/MET/capability", null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(401);
        Reply page = send(HttpRequest.newBuilder(uri("/")).header("Accept", "text/html").GET(), null);
        assertThat(page.status()).as("a browser is sent to the login form").isEqualTo(302);
    }

    @Test
    void healthAnswersWithoutLogin() {
        Reply reply = get("/actuator/health", null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void wrongPasswordIsRefused() {
        Reply reply = send(HttpRequest.newBuilder(uri("/api/v1/whoami")).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("met.gold:wrong".getBytes(StandardCharsets.UTF_8))), null);
        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void partnerForceSeesMetFiguresButNotMetOfficers() {
        assertThat(get("/api/v1/forces/MET/capability?at=2023-09-24T02:00", "kent.commander").status()).isEqualTo(200);
        Reply officers = get("/api/v1/forces/MET/officers", "kent.commander");
        assertThat(officers.status()).isEqualTo(403);
        assertThat(officers.contentType()).startsWith("application/problem+json");
        assertThat(post("/api/v1/forces/MET/events", "kent.commander", "{\"events\":[]}").status()).isEqualTo(403);
        assertThat(get("/api/v1/forces/KENT/officers", "kent.commander").status()).isEqualTo(200);
    }

    @Test
    void pressOfficeSeesFiguresButNoOfficerList() {
        assertThat(get("/api/v1/forces/MET/capability", "met.press").status()).isEqualTo(200);
        assertThat(get("/api/v1/forces/MET/officers", "met.press").status()).isEqualTo(403);
        assertThat(get("/api/v1/forces/MET/export", "met.press").status()).isEqualTo(403);
    }

    @Test
    void militaryLiaisonAndIdentityAdministratorSeeNoCapabilityFigures() {
        assertThat(get("/api/v1/forces/MET/capability", "mod.liaison").status()).isEqualTo(403);
        assertThat(get("/api/v1/forces/MET/capability", "identity.admin").status()).isEqualTo(403);
        assertThat(get("/api/v1/whoami", "mod.liaison").json().get("role").asString()).isEqualTo("MILITARY_LIAISON");
    }

    // ---------------------------------------------------------------- changes

    @Test
    void badBatchIsRefusedWholeNamingEveryBadRow() {
        Instant now = clock.instant().minusSeconds(60);
        String first = cipher("MET", "PADP", 10);
        Reply reply = post("/api/v1/forces/MET/events", "met.supervisor", """
                {"events": [
                  {"cipher": "%s", "type": "STEPPED_BACK", "occurredAt": "%s", "reason": "reflection"},
                  {"cipher": "ZZ9999", "type": "STEPPED_BACK", "occurredAt": "%s", "reason": "reflection"},
                  {"cipher": "%s", "type": "STEPPED_BACK", "occurredAt": "last night", "reason": "reflection"},
                  {"cipher": "%s", "type": "STEPPED_OUT", "occurredAt": "%s", "reason": "reflection"},
                  {"cipher": "%s", "type": "RETURNED", "occurredAt": "%s", "reason": "back"}
                ]}""".formatted(first, now, now, cipher("MET", "PADP", 11), cipher("MET", "PADP", 12), now,
                cipher("MET", "PADP", 13), now));
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode errors = reply.json().get("errors");
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(2);
        assertThat(errors.get(0).get("message").asString()).isEqualTo("unknown cipher ZZ9999 in force MET");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(1).get("field").asString()).isEqualTo("occurredAt");
        assertThat(errors.get(2).get("row").asInt()).isEqualTo(4);
        assertThat(errors.get(2).get("field").asString()).isEqualTo("type");
        assertThat(errors.get(3).get("row").asInt()).isEqualTo(5);
        assertThat(errors.get(3).get("message").asString()).contains("has not stepped back");
        assertThat(get("/api/v1/forces/MET/officers/" + first, "met.supervisor").json().get("officer").get("status")
                .asString()).isNotEqualTo("STEPPED_BACK");
    }

    @Test
    void unknownCipherIsRefusedNamingTheRow() {
        Reply reply = post("/api/v1/forces/MET/events", "met.supervisor", """
                {"events": [{"cipher": "ZZ9999", "type": "STEPPED_BACK", "occurredAt": "%s", "reason": "reflection"}]}
                """.formatted(clock.instant().minusSeconds(60)));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("message").asString()).isEqualTo("unknown cipher ZZ9999 in force MET");
    }

    @Test
    void recordedStepBackChangesThePictureButNotTheViewAsKnownBefore() {
        JsonNode before = get("/api/v1/forces/MET/capability", "met.gold").json();
        Instant knownBefore = Instant.parse(before.get("knownAt").asString());
        Reply recorded = post("/api/v1/forces/MET/events", "met.supervisor", """
                {"events": [{"cipher": "%s", "type": "STEPPED_BACK", "occurredAt": "%s", "reason": "reflection"}]}
                """.formatted(cipher("MET", "PADP", 20), knownBefore.minusSeconds(30)));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("events").get(0).get("recordedBy").asString()).isEqualTo("met.supervisor");
        int steppedBackBefore = before.get("officers").get("steppedBack").asInt();
        JsonNode after = get("/api/v1/forces/MET/capability?at=" + encode(knownBefore), "met.gold").json();
        JsonNode asKnownBefore = get("/api/v1/forces/MET/capability?at=" + encode(knownBefore) + "&knownAt="
                + encode(knownBefore), "met.gold").json();
        assertThat(after.get("officers").get("steppedBack").asInt()).isEqualTo(steppedBackBefore + 1);
        assertThat(asKnownBefore.get("officers").get("steppedBack").asInt()).isEqualTo(steppedBackBefore);
    }

    @Test
    void illegalTransitionIsRefusedWithTheRule() {
        String officer = cipher("MET", "PADP", 30);
        Reply reply = post("/api/v1/forces/MET/events", "met.supervisor", """
                {"events": [{"cipher": "%s", "type": "REINSTATED", "occurredAt": "%s", "reason": "x"}]}
                """.formatted(officer, clock.instant().minusSeconds(60)));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("message").asString())
                .isEqualTo(officer + ": cannot reinstate: the officer is not suspended");
    }

    @Test
    void malformedJsonAndEmptyBatchesAreBadRequests() {
        Reply broken = post("/api/v1/forces/MET/events", "met.supervisor", "{\"events\": [");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
        assertThat(post("/api/v1/forces/MET/events", "met.supervisor", "{\"events\": []}").status()).isEqualTo(400);
    }

    @Test
    void officersCanBeFilteredByStatusAndAccreditation() {
        Reply reply = get("/api/v1/forces/MET/officers?status=STEPPED_BACK&accreditation=ARV&at=2023-09-24T02:00",
                "met.planner");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode officers = reply.json().get("officers");
        assertThat(reply.json().get("count").asInt()).isEqualTo(officers.size()).isPositive();
        for (JsonNode officer : officers) {
            assertThat(officer.get("status").asString()).isEqualTo("STEPPED_BACK");
        }
        assertThat(get("/api/v1/forces/MET/officers?status=RESTING", "met.planner").status()).isEqualTo(400);
    }

    @Test
    void unparseableInstantAndUnknownForceAreClearErrors() {
        Reply reply = get("/api/v1/forces/MET/capability?at=yesterday", "met.gold");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("detail").asString()).contains("'yesterday' is not an ISO-8601 instant");
        Reply unknown = get("/api/v1/forces/NOWHERE/capability", "npocc.coordinator");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).isEqualTo("unknown force NOWHERE");
    }

    @Test
    void postureChangeIsRecordedAndRaisesTheRequirement() {
        Instant at = clock.instant().minusSeconds(5);
        Reply reply = post("/api/v1/forces/KENT/posture/events", "kent.commander", """
                {"events": [{"type": "THREAT_LEVEL", "occurredAt": "%s", "reason": "JTAC raised the level", "level": "CRITICAL"}]}
                """.formatted(at));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode posture = get("/api/v1/forces/KENT/posture", "kent.commander").json();
        assertThat(posture.get("threatLevel").asString()).isEqualTo("CRITICAL");
        assertThat(posture.get("arvCarsRequired").asInt()).isEqualTo(11);
        Reply bad = post("/api/v1/forces/KENT/posture/events", "kent.commander", """
                {"events": [{"type": "ARV_REQUIREMENT", "occurredAt": "%s", "reason": "x", "quantity": 7, "crewSize": 9}]}
                """.formatted(at));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("crewSize");
    }

    // ---------------------------------------------------------------- files

    @Test
    void csvUploadWithAnErrorRecordsNothingAndDryRunChecksWithoutRecording() {
        String officer = cipher("KENT", "ARV", 5);
        int before = officerRegistry.history(ForceCode.of("KENT"), uk.arcs.officer.Cipher.of(officer)).size();
        String time = clock.instant().minusSeconds(120).toString();
        Reply refused = upload("/api/v1/forces/KENT/import", "kent.commander", Map.of("events.csv", """
                cipher,type,occurredAt,reason
                %s,STEPPED_BACK,%s,reflection
                %s,RETURNED,soon,back
                """.formatted(officer, time, officer)));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("source").asString()).isEqualTo("events.csv");
        assertThat(refused.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);

        Map<String, String> good = Map.of("events.csv", """
                cipher,type,occurredAt,reason
                %s,ANNUAL_LEAVE,%s,leave
                """.formatted(officer, time));
        Reply dryRun = upload("/api/v1/forces/KENT/import?dryRun=true", "kent.commander", good);
        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        assertThat(dryRun.json().get("summary").get("officerEvents").asInt()).isEqualTo(1);
        assertThat(officerRegistry.history(ForceCode.of("KENT"), uk.arcs.officer.Cipher.of(officer))).hasSize(before);

        Reply imported = upload("/api/v1/forces/KENT/import", "kent.commander", good);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(officerRegistry.history(ForceCode.of("KENT"), uk.arcs.officer.Cipher.of(officer))).hasSize(before + 1);
    }

    @Test
    void exportIsAZipOfEveryCsvFile() throws IOException {
        Reply reply = get("/api/v1/forces/CAMBRIDGESHIRE/export", null);
        assertThat(reply.status()).isEqualTo(401);
        Reply exported = send(HttpRequest.newBuilder(uri("/api/v1/forces/KENT/export")).GET(), "kent.commander");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.contentType()).isEqualTo("application/zip");
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(exported.bytes()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).containsExactly("force.csv", "units.csv", "officers.csv", "accreditations.csv", "events.csv",
                "posture.csv");
    }

    // ---------------------------------------------------------------- persistence

    @Test
    void logsReadBackFromTheDatabaseGiveTheSamePictures() {
        ForceCode met = ForceCode.of("MET");
        Instant recordedLater = clock.instant();
        var leave = officerRegistry.events(met).stream()
                .filter(e -> e.type() == uk.arcs.officer.OfficerEventType.ANNUAL_LEAVE).skip(40).findFirst().orElseThrow();
        officerRegistry.record(met, List.of(new uk.arcs.officer.NewOfficerEvent(leave.cipher(),
                uk.arcs.officer.OfficerEventType.RECORDED_IN_ERROR, recordedLater, "booked in error",
                uk.arcs.officer.EventDetails.correcting(leave.id()))), "met.supervisor").orThrow("correction");
        OfficerRegistry reloaded = new OfficerRegistry(forces, officerStore, transactions, event -> { }, clock);
        PostureRegistry reloadedPosture = new PostureRegistry(forces, postureStore, transactions, event -> { }, clock);
        for (Instant at : List.of(london("2023-09-20T12:00"), london("2023-09-24T02:00"), london("2023-10-20T12:00"))) {
            for (Instant knownAt : List.of(recordedLater.minusSeconds(1), clock.instant())) {
                assertThat(reloaded.statusesAt(met, at, knownAt)).isEqualTo(officerRegistry.statusesAt(met, at, knownAt));
                assertThat(reloadedPosture.postureAt(met, at, knownAt)).isEqualTo(postureRegistry.postureAt(met, at, knownAt));
            }
        }
        assertThat(reloaded.history(met, leave.cipher())).isEqualTo(officerRegistry.history(met, leave.cipher()));
    }

    // ---------------------------------------------------------------- the page and the API description

    @Test
    void pageShowsThePictureAfterLoggingIn() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String loginPage = browser.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as(loginPage).isTrue();
        String form = "username=met.gold&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        browser.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/?force=MET&at=2023-09-24T02:00")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Metropolitan Police Service").contains("2 of 15")
                .contains("Sun 24 Sep 2023 02:00 (Europe/London)").contains("as known at");
    }

    @Test
    void openApiDescriptionListsTheEndpoints() {
        Reply reply = get("/v3/api-docs", "met.gold");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("/api/v1/forces/{force}/capability", "/api/v1/forces/{force}/events",
                "/api/v1/forces/{force}/officers", "/api/v1/forces/{force}/import");
    }
}
