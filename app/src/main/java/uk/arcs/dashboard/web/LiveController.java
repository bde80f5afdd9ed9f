package uk.arcs.dashboard.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.arcs.dashboard.LiveFeed;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;

/**
 * Server-sent events for open dashboards: a {@code changed} event (its id the feed's sequence number) whenever
 * something recorded for the force changes what they show, and a comment every 20 seconds so a dead connection is noticed and dropped.
 */
@Controller
class LiveController implements DisposableBean {

    static final String CHANGED = "changed";

    private final LiveFeed feed;
    private final ForceDirectory forces;
    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "arcs-live-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    LiveController(LiveFeed feed, ForceDirectory forces) {
        this.feed = feed;
        this.forces = forces;
    }

    @GetMapping(path = "/live/{force}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter live(@PathVariable String force) {
        String code = forces.require(ForceCode.of(force)).code().value();
        SseEmitter emitter = new SseEmitter(0L);
        LiveFeed.Subscription subscription = feed.subscribe(relayed -> {
            if (relayed.change().force().equals(code)) {
                send(emitter, SseEmitter.event().id(Long.toString(relayed.sequence())).name(CHANGED)
                        .data(relayed.change().what().toLowerCase(Locale.ROOT)));
            }
        });
        var beat = heartbeat.scheduleAtFixedRate(() -> {
            try {
                emitter.send(SseEmitter.event().comment("still here"));
            } catch (IOException | IllegalStateException e) {
                emitter.completeWithError(e);
            }
        }, 20, 20, TimeUnit.SECONDS);
        open.add(emitter);
        Runnable end = () -> {
            subscription.close();
            beat.cancel(false);
            open.remove(emitter);
        };
        emitter.onCompletion(end);
        emitter.onTimeout(end);
        emitter.onError(error -> end.run());
        send(emitter, SseEmitter.event().name("open").data(code));
        return emitter;
    }

    private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException e) {
            // The client has gone: the feed drops this listener, and the container completes the emitter.
            throw new IllegalStateException("dashboard connection closed", e);
        }
    }

    /** Open feeds would hold a graceful shutdown for its whole grace period; they end first. */
    @EventListener(ContextClosedEvent.class)
    void closeFeeds() {
        open.forEach(SseEmitter::complete);
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
    }
}
