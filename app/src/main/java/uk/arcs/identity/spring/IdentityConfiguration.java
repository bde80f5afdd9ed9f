package uk.arcs.identity.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.arcs.common.Transactions;
import uk.arcs.force.ForceDirectory;
import uk.arcs.identity.IdentityKey;
import uk.arcs.identity.IdentityStore;
import uk.arcs.identity.IdentityVault;
import uk.arcs.identity.Keyring;
import uk.arcs.officer.OfficerRegistry;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdentityConfiguration.class);

    /** Where {@code ./arcs demo} keeps the key it made, beside the demo database. */
    static final String DEMO_KEY_FILE = "identity-demo.key";

    @Bean
    Keyring identityKeyring(IdentityProperties properties, @Value("${arcs.demo:false}") boolean demo,
                            @Value("${ARCS_DATA_DIR:./data}") String dataDir) {
        List<IdentityKey> old = new java.util.ArrayList<>();
        for (int i = 0; i < properties.oldKeys().size(); i++) {
            old.add(IdentityKey.fromBase64("arcs.identity.old-keys[" + i + "]", properties.oldKeys().get(i)));
        }
        if (properties.key() != null) {
            Keyring keys = Keyring.of(IdentityKey.fromBase64("arcs.identity.key (ARCS_IDENTITY_KEY)", properties.key()),
                    old);
            log.info("Identity vault: sealing under key {}; older keys for reading: {}", keys.current().id(),
                    keys.oldKeyIds());
            return keys;
        }
        if (demo) {
            Keyring keys = Keyring.of(demoKey(Path.of(dataDir).resolve(DEMO_KEY_FILE)), old);
            log.warn("Identity vault: demo key {} from {} (set ARCS_IDENTITY_KEY outside the demo)", keys.current().id(),
                    Path.of(dataDir).resolve(DEMO_KEY_FILE));
            return keys;
        }
        log.warn("Identity vault: locked, no key configured (ARCS_IDENTITY_KEY); identities can be neither sealed nor "
                + "read; everything else works");
        return Keyring.none();
    }

    /** The demo's key: made once and kept beside the demo database, so that a restarted demo still opens its vault. */
    static IdentityKey demoKey(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                String key = IdentityKey.generate(new SecureRandom()).toBase64();
                try {
                    Files.writeString(file, key + "\n", StandardCharsets.US_ASCII,
                            java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
                    restrict(file);
                } catch (FileAlreadyExistsException madeMeanwhile) {
                    // Another process made it first; its key is the one to use.
                }
            }
            return IdentityKey.fromBase64("the demo key file " + file, Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("the demo identity key file " + file + " cannot be used", e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // A file system without POSIX permissions; the data directory's own protection applies.
        }
    }

    @Bean
    IdentityVault identityVault(ForceDirectory forces, OfficerRegistry officers, IdentityStore store,
                                Transactions transactions, Keyring identityKeyring, Clock clock) {
        return new IdentityVault(forces, officers, store, transactions, identityKeyring, new SecureRandom(), clock);
    }
}
