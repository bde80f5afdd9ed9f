package uk.arcs.simulation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;
import uk.arcs.common.NotFoundException;
import uk.arcs.common.RowFields;
import uk.arcs.security.ArcsUser;
import uk.arcs.simulation.Estimate;
import uk.arcs.simulation.Figures;
import uk.arcs.simulation.SimulationConfig;
import uk.arcs.simulation.SimulationResult;

/**
 * The simulation screen: run the London 2023 response model for a number of ARV cars, for the MET's cars at an
 * instant, or for several car counts side by side. Each run is a {@link SimulationJobs} job, as through the API; the
 * page follows its progress by server-sent events, then shows the response-time distribution, the headline figures
 * with their 95% confidence half-widths, and the figures per borough.
 */
@Controller
@RequestMapping("/simulation")
class SimulationPageController {

    /**
     * The minutes at which the share of calls answered is measured: the points of the response-time distribution.
     * Every minute to half an hour, then every five minutes to two hours (with 2 cars, most calls wait longer).
     */
    static final List<Double> CDF_MINUTES = List.copyOf(IntStream.concat(IntStream.rangeClosed(1, 30),
            IntStream.iterate(35, m -> m <= 120, m -> m + 5)).mapToObj(m -> (double) m).toList());
    static final double FIRST_TARGET = 10;
    static final double SECOND_TARGET = 15;
    static final int MAX_COMPARED = 6;
    static final int DEFAULT_REPLICATIONS = 1_000;

    private final SimulationJobs jobs;
    private final LondonRuns london;
    private final JsonMapper json;

    SimulationPageController(SimulationJobs jobs, LondonRuns london, JsonMapper json) {
        this.jobs = jobs;
        this.london = london;
        this.json = json;
    }

    /** What the form holds: shown again, as typed, when a run is refused. */
    record Form(String mode, String cars, String at, String compare, String replications) {
        static Form defaults() {
            return new Form("compare", "15", "2023-09-24T02:00", "15, 8, 2", Integer.toString(DEFAULT_REPLICATIONS));
        }
    }

    record JobLine(String id, String description, String status, int done, int total, String error) {
    }

    /** A figure over replications, as the engine reports it: the mean and its 95% confidence half-width. */
    record Figure(double mean, double ci95, String text) {
        static Figure minutes(Estimate estimate) {
            return new Figure(estimate.mean(), estimate.ci95(), format(estimate, 1, "", 1));
        }

        static Figure count(Estimate estimate) {
            return new Figure(estimate.mean(), estimate.ci95(), format(estimate, 1, "", 0));
        }

        static Figure percent(Estimate estimate) {
            return new Figure(estimate.mean(), estimate.ci95(), format(estimate, 100, "%", 1));
        }

        private static String format(Estimate estimate, double scale, String unit, int decimals) {
            if (Double.isNaN(estimate.mean())) {
                return "none";
            }
            String pattern = "%." + decimals + "f";
            String value = String.format(Locale.ROOT, pattern, estimate.mean() * scale) + unit;
            return Double.isNaN(estimate.ci95()) ? value
                    : value + " ±" + String.format(Locale.ROOT, pattern, estimate.ci95() * scale);
        }
    }

    /** One run's headline figures. */
    record Headline(int cars, String description, int replications, Figure incidents, Figure mean, Figure median,
                    Figure p90, Figure withinFirst, Figure withinSecond, Figure allBusy) {
    }

    /** A borough's demand share, and its mean response and share answered within the second target in each run. */
    record ZoneRow(String borough, double demandShare, List<Figure> meanResponse, List<Figure> withinSecond) {
    }

    record Results(List<Headline> headlines, List<ZoneRow> zones, String cdf) {
    }

    /** One run of the screen: its jobs, their progress, and the results once all have finished. */
    record Run(String ids, List<JobLine> jobs, boolean finished, int done, int total, Results results) {
        boolean failed() {
            return jobs.stream().anyMatch(j -> j.error() != null);
        }
    }

    record Problem(String title, String detail) {
    }

    // ---------------------------------------------------------------- the page

    @GetMapping
    String page(@RequestParam(required = false) String run, Model model, HttpServletResponse response) {
        model.addAttribute("form", Form.defaults());
        model.addAttribute("firstTarget", (int) FIRST_TARGET);
        model.addAttribute("secondTarget", (int) SECOND_TARGET);
        if (run != null && !run.isBlank()) {
            try {
                model.addAttribute("run", run(run));
            } catch (NotFoundException e) {
                response.setStatus(HttpStatus.NOT_FOUND.value());
                model.addAttribute("problem", new Problem("Not found", e.getMessage()
                        + "; runs are kept in memory only, and not after a restart"));
            }
        }
        return "simulation";
    }

    /** The run's progress or results alone, for the page to fetch once its jobs have ended. */
    @GetMapping("/run")
    String runFragment(@RequestParam String jobs, Model model) {
        model.addAttribute("run", run(jobs));
        model.addAttribute("firstTarget", (int) FIRST_TARGET);
        model.addAttribute("secondTarget", (int) SECOND_TARGET);
        return "simulation :: run";
    }

    @PostMapping
    String start(@RequestParam(required = false) String mode, @RequestParam(required = false) String cars,
                 @RequestParam(required = false) String at, @RequestParam(required = false) String compare,
                 @RequestParam(required = false) String replications, @AuthenticationPrincipal ArcsUser user,
                 Model model, HttpServletResponse response) {
        Form form = new Form(mode == null ? "" : mode, cars, at, compare, replications);
        try {
            Integer runs = replications == null || replications.isBlank() ? null : RowFields.wholeNumber(replications, "replications");
            List<LondonRuns.Cars> chosen = switch (form.mode()) {
                case "cars" -> List.of(london.given(RowFields.wholeNumber(cars, "cars")));
                case "at" -> List.of(london.at(at));
                case "compare" -> counts(compare).stream().map(london::given).toList();
                default -> throw new IllegalArgumentException("mode: choose a number of cars, an instant or a comparison");
            };
            // Every config is built (and so checked) before any is run.
            Map<LondonRuns.Cars, SimulationConfig> configs = new LinkedHashMap<>();
            for (LondonRuns.Cars run : chosen) {
                configs.put(run, london.config(run, runs, null, null, null, null, CDF_MINUTES));
            }
            List<String> ids = new ArrayList<>();
            configs.forEach((run, config) -> ids.add(jobs.submit(run.description(), user.username(), config).id.toString()));
            return "redirect:/simulation?run=" + String.join(",", ids);
        } catch (RejectedExecutionException e) {
            return refused(model, response, form, HttpStatus.SERVICE_UNAVAILABLE, "Busy",
                    "ARCS is running as many simulations as it can; try again when one has finished");
        } catch (IllegalArgumentException | NotFoundException e) {
            return refused(model, response, form, HttpStatus.BAD_REQUEST, "Not run", e.getMessage());
        }
    }

    /** A job's progress relayed to the page: {@code progress}, then {@code done} or {@code failed}. */
    @GetMapping(path = "/jobs/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter events(@PathVariable String id) {
        SseEmitter emitter = new SseEmitter(SimulationJobs.EVENTS_TIMEOUT_MILLIS);
        jobs.require(id).subscribe(emitter);
        return emitter;
    }

    // ---------------------------------------------------------------- the machinery

    private String refused(Model model, HttpServletResponse response, Form form, HttpStatus status, String title,
                           String detail) {
        response.setStatus(status.value());
        model.addAttribute("form", form);
        model.addAttribute("problem", new Problem(title, detail));
        model.addAttribute("firstTarget", (int) FIRST_TARGET);
        model.addAttribute("secondTarget", (int) SECOND_TARGET);
        return "simulation";
    }

    private Run run(String ids) {
        List<SimulationJobs.Job> run = new ArrayList<>();
        for (String id : ids.split(",")) {
            run.add(jobs.require(id.trim()));
        }
        List<JobLine> lines = new ArrayList<>();
        int done = 0;
        int total = 0;
        boolean finished = true;
        for (SimulationJobs.Job job : run) {
            SimulationJobs.Status status = job.status();
            int replications = job.config.replications();
            boolean over = status == SimulationJobs.Status.DONE || status == SimulationJobs.Status.FAILED;
            int jobDone = over ? replications : job.replicationsDone();
            lines.add(new JobLine(job.id.toString(), job.description, status.name().toLowerCase(Locale.ROOT), jobDone,
                    replications, job.error()));
            done += jobDone;
            total += replications;
            finished &= over;
        }
        boolean allDone = finished && run.stream().allMatch(j -> j.result() != null);
        return new Run(ids, lines, finished, done, total, allDone ? results(run) : null);
    }

    private Results results(List<SimulationJobs.Job> run) {
        List<Headline> headlines = new ArrayList<>();
        List<Map<String, Object>> series = new ArrayList<>();
        for (SimulationJobs.Job job : run) {
            SimulationResult result = job.result();
            Figures<Estimate> f = result.figures();
            List<Double> targets = result.targetMinutes();
            int cars = job.config.cars().size();
            headlines.add(new Headline(cars, job.description, result.replications(), Figure.count(f.incidents()),
                    Figure.minutes(f.responseMinutes().mean()), Figure.minutes(f.responseMinutes().p50()),
                    Figure.minutes(f.responseMinutes().p90()),
                    Figure.percent(f.withinTarget().get(targets.indexOf(FIRST_TARGET))),
                    Figure.percent(f.withinTarget().get(targets.indexOf(SECOND_TARGET))),
                    Figure.percent(f.probabilityAllBusy())));
            List<Map<String, Object>> points = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                Estimate share = f.withinTarget().get(i);
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("x", targets.get(i));
                point.put("y", share.mean());
                point.put("ci95", Double.isNaN(share.ci95()) ? null : share.ci95());
                points.add(point);
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("label", cars + (cars == 1 ? " car" : " cars"));
            line.put("points", points);
            series.add(line);
        }
        Map<String, Object> cdf = new LinkedHashMap<>();
        cdf.put("series", series);
        cdf.put("marks", List.of(FIRST_TARGET, SECOND_TARGET));
        return new Results(headlines, zones(run), json.writeValueAsString(cdf));
    }

    /** Per borough, in name order; the demand share is the borough's weight in the model. */
    private static List<ZoneRow> zones(List<SimulationJobs.Job> run) {
        SimulationConfig config = run.getFirst().config;
        double totalWeight = config.zones().stream().mapToDouble(SimulationConfig.Zone::weight).sum();
        List<ZoneRow> rows = new ArrayList<>();
        for (int z = 0; z < config.zones().size(); z++) {
            List<Figure> mean = new ArrayList<>();
            List<Figure> within = new ArrayList<>();
            for (SimulationJobs.Job job : run) {
                SimulationResult result = job.result();
                Figures.ZoneFigures<Estimate> zone = result.figures().zones().get(z);
                mean.add(Figure.minutes(zone.meanResponseMinutes()));
                within.add(Figure.percent(zone.withinTarget().get(result.targetMinutes().indexOf(SECOND_TARGET))));
            }
            rows.add(new ZoneRow(config.zones().get(z).id(), config.zones().get(z).weight() / totalWeight, mean, within));
        }
        rows.sort(Comparator.comparing(ZoneRow::borough));
        return rows;
    }

    private static List<Integer> counts(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("compare: give car counts separated by commas, such as 15, 8, 2");
        }
        Set<Integer> counts = new LinkedHashSet<>();
        for (String part : text.split("[,\\s]+")) {
            if (!part.isBlank()) {
                counts.add(RowFields.wholeNumber(part, "compare"));
            }
        }
        if (counts.isEmpty() || counts.size() > MAX_COMPARED) {
            throw new IllegalArgumentException("compare: between 1 and " + MAX_COMPARED + " different car counts");
        }
        return List.copyOf(counts);
    }
}
