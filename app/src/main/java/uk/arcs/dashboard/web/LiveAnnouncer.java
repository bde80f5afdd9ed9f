package uk.arcs.dashboard.web;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.arcs.common.DecisionTaken;
import uk.arcs.dashboard.LiveFeed;
import uk.arcs.officer.OfficerEventsRecorded;
import uk.arcs.posture.PostureEventsRecorded;

/** Turns what the modules announce after a commit into changes for open dashboards. */
@Component
class LiveAnnouncer {

    private final LiveFeed feed;

    LiveAnnouncer(LiveFeed feed) {
        this.feed = feed;
    }

    @EventListener
    void officers(OfficerEventsRecorded recorded) {
        feed.announce(new LiveFeed.Change(recorded.force().value(), "officers"));
    }

    @EventListener
    void posture(PostureEventsRecorded changed) {
        feed.announce(new LiveFeed.Change(changed.force().value(), "posture"));
    }

    /** A decision is published inside the acting transaction; dashboards hear of it once it has committed. */
    @TransactionalEventListener(fallbackExecution = true)
    void decision(DecisionTaken decision) {
        feed.announce(new LiveFeed.Change(decision.force(), "decisions"));
    }
}
