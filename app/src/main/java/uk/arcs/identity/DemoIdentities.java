package uk.arcs.identity;

import java.util.SplittableRandom;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.Cipher;

/**
 * Identities for the demo: plainly invented names built from syllables, and warrant numbers that start with DEMO,
 * the same for the same officer on every run. No real name can come out of it.
 */
public final class DemoIdentities {

    private static final String[] SYLLABLES = {"zor", "qua", "vel", "thix", "mab", "dre", "kul", "yon", "pim", "sar",
            "gov", "lek", "nub", "trel", "ozz", "fen", "wib", "jax", "rul", "ix", "blo", "quen", "zib", "vox"};

    private DemoIdentities() {
    }

    public static Identity of(ForceCode force, Cipher cipher) {
        SplittableRandom random = new SplittableRandom(((long) force.value().hashCode() << 32) ^ cipher.value().hashCode());
        return new Identity(word(random, 2) + " " + word(random, 3),
                "DEMO/" + force.value().replace('_', '-') + "/" + String.format("%06d", random.nextInt(1_000_000)));
    }

    private static String word(SplittableRandom random, int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
