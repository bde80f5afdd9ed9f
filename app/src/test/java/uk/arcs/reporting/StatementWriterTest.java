package uk.arcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.arcs.TestForces.london;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.arcs.posture.ThreatLevel;

class StatementWriterTest {

    private static Figures figures(String at, Figures.Officers officers, Figures.CounterTerrorism ct, Figures.Arv arv,
                                   Figures.Sites sites, boolean postureMet, Map<String, Integer> aid,
                                   Figures.Military military) {
        return new Figures("MET", "Metropolitan Police Service", "Europe/London", london(at), london("2023-10-01T00:00"),
                "NIGHT", officers, List.of(), arv, sites, ct, ThreatLevel.SUBSTANTIAL, postureMet, false,
                new Figures.MutualAid(aid.values().stream().mapToInt(Integer::intValue).sum(), aid), military);
    }

    @Test
    void worstNightIsStatedPlainlyWithoutMappingTheGaps() {
        Figures worstNight = figures("2023-09-24T02:00", new Figures.Officers(2595, 2355, 235, 0, 5),
                new Figures.CounterTerrorism(18, 0, 18, 18), new Figures.Arv(2, 15, 11), new Figures.Sites(12, 4, 1),
                false, Map.of("KENT", 12, "HAMPSHIRE", 16),
                new Figures.Military("STANDBY", london("2023-09-23T23:30")));
        assertThat(StatementWriter.write(worstNight)).isEqualTo("""
                Metropolitan Police Service: armed policing update at 02:00 on Sunday 24 September 2023

                The force has 2,595 firearms officers. Of these, 235 have chosen to step back from armed duties, \
                and 2,355 remain authorised to carry a firearm.

                The force cannot at present provide all the counter-terrorism armed cover it requires from police \
                officers. Its own officers can crew 2 of the 15 armed response vehicles that its normal posture \
                requires. With officers from other forces, 11 can be crewed.

                28 armed officers from 2 other police forces are supporting the force under mutual aid. Military \
                personnel are on standby to support counter-terrorism policing as a contingency. They would be called \
                on only if no suitable police response were available, and would take no part in routine policing.

                The national terrorism threat level is substantial.""");
    }

    @Test
    void recoveredForceSaysEveryRequirementIsMetAndTheMilitaryStoodDown() {
        Figures thursday = figures("2023-09-28T12:00", new Figures.Officers(2595, 2590, 0, 0, 5),
                new Figures.CounterTerrorism(18, 40, 0, 0), new Figures.Arv(17, 15, 17), new Figures.Sites(12, 0, 0),
                true, Map.of(), new Figures.Military("STOOD_DOWN", london("2023-09-25T12:45")));
        assertThat(StatementWriter.write(thursday)).isEqualTo("""
                Metropolitan Police Service: armed policing update at 12:00 on Thursday 28 September 2023

                The force has 2,595 firearms officers. None of them has stepped back from armed duties, and 2,590 are \
                authorised to carry a firearm.

                The force is providing all the counter-terrorism armed cover it requires with its own officers. Its \
                own officers can crew all 15 armed response vehicles that its normal posture requires. Armed officers \
                are in place at every protected site the force is responsible for.

                The force is meeting its minimum armed posture with its own officers and needs no support from other \
                forces. The military counter-terrorism contingency has been stood down.

                The national terrorism threat level is substantial.""");
    }

    @Test
    void correctionNamesThePublishedStatementAndSingularsReadAsSingulars() {
        Figures figures = figures("2023-10-06T09:00", new Figures.Officers(2595, 2589, 1, 0, 5),
                new Figures.CounterTerrorism(18, 17, 1, 0), new Figures.Arv(15, 15, 15), new Figures.Sites(12, 0, 0),
                false, Map.of("KENT", 1), new Figures.Military("STOOD_DOWN", london("2023-09-25T12:45")));
        String text = StatementWriter.write(figures, new StatementWriter.Correction(4, london("2023-10-06T08:30")));
        assertThat(text.split("\n\n")).containsExactly(
                "Metropolitan Police Service: armed policing update at 09:00 on Friday 6 October 2023",
                "This statement corrects statement 4, published at 08:30 on Friday 6 October 2023.",
                "The force has 2,595 firearms officers. Of these, 1 has chosen to step back from armed duties, and "
                        + "2,589 remain authorised to carry a firearm.",
                "All the counter-terrorism armed cover it requires is in place, with officers from other forces "
                        + "providing part of it. Its own officers can crew all 15 armed response vehicles that its "
                        + "normal posture requires. Armed officers are in place at every protected site the force is "
                        + "responsible for.",
                // A stand-down more than a week old is no longer said.
                "1 armed officer from one other police force is supporting the force under mutual aid.",
                "The national terrorism threat level is substantial.");
    }

    @Test
    void arvCarsCrewedWithMutualAidUpToThePostureAreAll() {
        Figures covered = figures("2023-09-25T13:00", new Figures.Officers(2595, 2356, 234, 0, 5),
                new Figures.CounterTerrorism(18, 20, 0, 0), new Figures.Arv(14, 15, 23), new Figures.Sites(7, 0, 0),
                false, Map.of("KENT", 20), new Figures.Military("STOOD_DOWN", london("2023-09-25T12:45")));
        assertThat(StatementWriter.write(covered)).contains("Its own officers can crew 14 of the 15 armed response "
                + "vehicles that its normal posture requires. With officers from other forces, all 15 can be crewed.");
    }

    @Test
    void militaryRequestAndActivationAreSaidAsTheyStand() {
        Figures.Officers officers = new Figures.Officers(10, 10, 0, 0, 0);
        Figures.CounterTerrorism ct = new Figures.CounterTerrorism(2, 1, 1, 1);
        String requested = StatementWriter.write(figures("2023-09-24T02:00", officers, ct, new Figures.Arv(0, 0, 0),
                new Figures.Sites(0, 0, 0), false, Map.of(), new Figures.Military("REQUESTED", london("2023-09-24T01:00"))));
        assertThat(requested).contains("The Home Office has asked the Ministry of Defence for military counter-terrorism "
                + "support as a contingency.").doesNotContain("armed response vehicle").doesNotContain("protected site");
        String activated = StatementWriter.write(figures("2023-09-24T02:00", officers, ct, new Figures.Arv(0, 0, 0),
                new Figures.Sites(0, 0, 0), false, Map.of(), new Figures.Military("ACTIVATED", london("2023-09-24T01:30"))));
        assertThat(activated).contains("Military personnel are supporting the police response to a specific "
                + "counter-terrorism incident.");
        String none = StatementWriter.write(figures("2023-09-24T02:00", officers, ct, new Figures.Arv(0, 0, 0),
                new Figures.Sites(0, 0, 0), false, Map.of(), new Figures.Military("NONE", null)));
        assertThat(none).doesNotContain("Military").doesNotContain("military");
    }
}
