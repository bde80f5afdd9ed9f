package uk.arcs.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.arcs.planning.TinyRosters.arv;
import static uk.arcs.planning.TinyRosters.assigned;
import static uk.arcs.planning.TinyRosters.ct;
import static uk.arcs.planning.TinyRosters.open;
import static uk.arcs.planning.TinyRosters.own;
import static uk.arcs.planning.TinyRosters.roster;
import static uk.arcs.planning.TinyRosters.shift;
import static uk.arcs.planning.TinyRosters.site;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.arcs.force.Accreditation;
import uk.arcs.planning.PlannedOfficer;
import uk.arcs.planning.SeatKind;
import uk.arcs.planning.ShiftSlot;
import uk.arcs.planning.TinyRosters;

/** The roster as the planner screen lays it out: seats by shift, aid officers marked, crews, unfilled seats. */
class RosterGridTest {

    private final ShiftSlot early = shift(0, "EARLY");
    private final ShiftSlot late = shift(0, "LATE");
    private final ShiftSlot nextEarly = shift(1, "EARLY");
    private final PlannedOfficer a = own("A1", "ARV", 2, Accreditation.ARV);
    private final PlannedOfficer b = own("B1", "ARV", 2, Accreditation.ARV);
    private final PlannedOfficer kent = TinyRosters.aid("K1", false, 2, Accreditation.ARV);

    private RosterGrid grid() {
        return RosterGrid.of(roster(2, List.of(
                open(site(early, "PALACE", "ROYAL", 1)),
                assigned(arv(early, 1, 1), a), assigned(arv(early, 2, 1), b), open(ct(early, 1)),
                assigned(arv(late, 1, 1), kent), assigned(arv(late, 2, 1), a),
                assigned(arv(nextEarly, 1, 1), a), open(ct(nextEarly, 1)))));
    }

    @Test
    void columnsAreTheShiftsInOrderGroupedByDay() {
        RosterGrid grid = grid();
        assertThat(grid.columns()).extracting(RosterGrid.Column::shift).containsExactly("EARLY", "LATE", "EARLY");
        assertThat(grid.days()).extracting(RosterGrid.Day::shifts).containsExactly(2, 1);
    }

    @Test
    void rowsRunFromCounterTerrorismThroughEachCarToTheSites() {
        assertThat(grid().groups()).extracting(RosterGrid.Group::kind)
                .containsExactly(SeatKind.CT, SeatKind.ARV, SeatKind.ARV, SeatKind.SITE);
        assertThat(grid().groups()).extracting(RosterGrid.Group::title)
                .containsExactly("Counter-terrorism", "ARV car ARV-01", "ARV car ARV-02", "PALACE");
    }

    @Test
    void eachCellHoldsTheOfficerWithAidOfficersMarkedAndSeatsNotRequiredApart() {
        RosterGrid.Row car1 = grid().groups().get(1).rows().getFirst();
        assertThat(car1.seat()).isEqualTo("ARV-01/1");
        assertThat(car1.cells()).extracting(RosterGrid.Cell::cipher).containsExactly("A1", "K1", "A1");
        assertThat(car1.cells().get(1).aid()).isTrue();
        assertThat(car1.cells().get(1).force()).isEqualTo("KENT");
        assertThat(car1.cells().getFirst().aid()).isFalse();
        RosterGrid.Row car2 = grid().groups().get(2).rows().getFirst();
        assertThat(car2.cells().get(2).absent()).isTrue();
        RosterGrid.Row ct = grid().groups().getFirst().rows().getFirst();
        assertThat(ct.cells()).extracting(RosterGrid.Cell::unfilled).containsExactly(true, false, true);
        assertThat(ct.cells().get(1).absent()).isTrue();
    }

    @Test
    void aCarWhoseOfficerAlsoSitsInAnotherCarIsNotMarkedAsAKeptCrew() {
        RosterGrid grid = grid();
        assertThat(grid.groups().get(1).kept()).isFalse();
        assertThat(grid.groups().get(1).note()).contains("A1");
        assertThat(grid.groups().get(2).kept()).isFalse();
        RosterGrid kept = RosterGrid.of(roster(1, List.of(assigned(arv(early, 1, 1), a), assigned(arv(late, 1, 1), a),
                assigned(arv(early, 2, 1), b))));
        assertThat(kept.groups()).allSatisfy(group -> assertThat(group.kept()).isTrue());
        assertThat(kept.groups().getFirst().note()).isEqualTo("crew kept together");
    }

    @Test
    void unfilledSeatsComeCounterTerrorismFirstThenByStart() {
        RosterGrid grid = grid();
        assertThat(grid.unfilled()).extracting(RosterGrid.UnfilledSeat::seat).containsExactly("CT-1", "CT-1", "PALACE/1");
        assertThat(grid.unfilled().get(0).start()).isBefore(grid.unfilled().get(1).start());
        assertThat(grid.filled()).isEqualTo(5);
        assertThat(grid.aidSeats()).isEqualTo(1);
    }
}
