package uk.arcs.identity;

/** The vault has no key configured, so it can neither seal nor open identities; the web layer answers 503. */
public class VaultLockedException extends RuntimeException {

    public VaultLockedException() {
        super("the identity vault is locked: no key is configured. Set ARCS_IDENTITY_KEY (arcs.identity.key) to a "
                + "base64 AES-256 key, such as the output of: openssl rand -base64 32 (see docs/operations.md)");
    }
}
