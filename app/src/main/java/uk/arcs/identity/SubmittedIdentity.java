package uk.arcs.identity;

import uk.arcs.officer.Cipher;

/** A row of a write: the officer and the identity to seal, and where it came from (for row errors). */
public record SubmittedIdentity(String source, int row, Cipher cipher, Identity identity) {

    public SubmittedIdentity {
        if (cipher == null || identity == null) {
            throw new IllegalArgumentException("a submitted identity needs a cipher and an identity");
        }
    }

    /** Reads a cipher; the refusal does not repeat the text, which may be a name typed in the wrong place. */
    public static Cipher cipherOf(String text) {
        try {
            return Cipher.of(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidIdentityException("cipher", "cipher must be 2 to 12 capital letters and digits starting "
                    + "with a letter, such as NX121");
        }
    }
}
