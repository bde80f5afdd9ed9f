package uk.arcs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LiveFeedTest {

    private static final LiveFeed.Change MET_OFFICERS = new LiveFeed.Change("MET", "officers");
    private static final LiveFeed.Change MET_POSTURE = new LiveFeed.Change("MET", "posture");
    private static final LiveFeed.Change KENT_OFFICERS = new LiveFeed.Change("KENT", "officers");

    @Test
    void everyListenerHearsEachChangeWithItsSequenceNumber() throws InterruptedException {
        try (LiveFeed feed = new LiveFeed()) {
            List<LiveFeed.Relayed> first = new CopyOnWriteArrayList<>();
            List<LiveFeed.Relayed> second = new CopyOnWriteArrayList<>();
            feed.subscribe(first::add);
            feed.subscribe(second::add);
            CountDownLatch relayed = new CountDownLatch(1);
            feed.subscribe(r -> relayed.countDown());

            feed.announce(MET_OFFICERS);

            assertThat(relayed.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(first).containsExactly(new LiveFeed.Relayed(MET_OFFICERS, 1));
            assertThat(second).containsExactly(new LiveFeed.Relayed(MET_OFFICERS, 1));
            assertThat(feed.announced()).isEqualTo(1);
        }
    }

    @Test
    void changesAnnouncedWhileTheRelayIsBusyAreMergedByKindAndForceKeepingTheLatestNumber()
            throws InterruptedException {
        try (LiveFeed feed = new LiveFeed()) {
            CountDownLatch busy = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            List<LiveFeed.Relayed> heard = new CopyOnWriteArrayList<>();
            feed.subscribe(relayed -> {
                heard.add(relayed);
                if (relayed.sequence() == 1) {
                    busy.countDown();
                    await(release);
                }
            });
            feed.announce(MET_OFFICERS);
            assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();

            feed.announce(MET_OFFICERS);
            feed.announce(KENT_OFFICERS);
            feed.announce(MET_POSTURE);
            feed.announce(MET_OFFICERS);
            release.countDown();
            feed.close();

            assertThat(heard).containsExactly(new LiveFeed.Relayed(MET_OFFICERS, 1),
                    new LiveFeed.Relayed(KENT_OFFICERS, 3), new LiveFeed.Relayed(MET_POSTURE, 4),
                    new LiveFeed.Relayed(MET_OFFICERS, 5));
        }
    }

    @Test
    void aListenerThatFailsIsDroppedAndTheOthersStillHear() throws InterruptedException {
        try (LiveFeed feed = new LiveFeed()) {
            List<LiveFeed.Relayed> heard = new CopyOnWriteArrayList<>();
            feed.subscribe(relayed -> {
                throw new IllegalStateException("dashboard connection closed");
            });
            feed.subscribe(heard::add);

            feed.announce(MET_OFFICERS);
            feed.close();

            assertThat(heard).containsExactly(new LiveFeed.Relayed(MET_OFFICERS, 1));
            assertThat(feed.listeners()).isEqualTo(1);
        }
    }

    @Test
    void aClosedSubscriptionHearsNothingMore() {
        try (LiveFeed feed = new LiveFeed()) {
            List<LiveFeed.Relayed> heard = new CopyOnWriteArrayList<>();
            LiveFeed.Subscription subscription = feed.subscribe(heard::add);
            subscription.close();

            feed.announce(MET_OFFICERS);
            feed.close();

            assertThat(heard).isEmpty();
            assertThat(feed.listeners()).isZero();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
