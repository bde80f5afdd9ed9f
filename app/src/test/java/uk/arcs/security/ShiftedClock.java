package uk.arcs.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that runs with its base and can be moved on, for cool-downs and expiries without waiting. */
final class ShiftedClock extends Clock {

    private final Clock base;
    private volatile Duration shift = Duration.ZERO;

    ShiftedClock(Clock base) {
        this.base = base;
    }

    void advance(Duration by) {
        shift = shift.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(shift);
    }
}
