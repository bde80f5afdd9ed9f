package uk.arcs.identity.spring;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code arcs.identity.key} (env ARCS_IDENTITY_KEY): the base64 AES-256 key that seals identities;
 * {@code arcs.identity.old-keys} (env ARCS_IDENTITY_OLD_KEYS, comma-separated): earlier keys, kept only to open
 * records sealed before a rotation. Their values never appear in a message.
 */
@ConfigurationProperties("arcs.identity")
record IdentityProperties(String key, List<String> oldKeys) {

    IdentityProperties {
        key = key == null || key.isBlank() ? null : key.strip();
        oldKeys = oldKeys == null ? List.of() : oldKeys.stream().filter(k -> k != null && !k.isBlank()).toList();
    }

    @Override
    public String toString() {
        return "IdentityProperties[key=" + (key == null ? "unset" : "set") + ", oldKeys=" + oldKeys.size() + "]";
    }
}
