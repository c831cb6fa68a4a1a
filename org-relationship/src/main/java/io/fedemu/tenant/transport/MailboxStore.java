package io.fedemu.tenant.transport;

import io.fedemu.certs.AtomicFiles;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Received messages of an organization's mailboxes, one RFC 5322 file each under
 * {@code <state>/tenants/<org>/mail/<mailbox>/}, named so that a listing is in arrival order.
 */
public final class MailboxStore {
    private static final Session PARSING = Session.getInstance(new Properties());

    private final Path root;
    private final Clock clock;

    public MailboxStore(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    /** The mailboxes of {@code organization} in the state directory, for a reader such as {@code get-message}. */
    public static MailboxStore of(Path stateDirectory, String organization, Clock clock) {
        return new MailboxStore(
                stateDirectory.resolve("tenants").resolve(organization).resolve("mail"), clock);
    }

    /** Stores {@code message} in {@code mailbox}'s inbox. */
    public void deliver(String mailbox, MimeMessage message) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            Path dir = folder(mailbox);
            Files.createDirectories(dir);
            String file = String.format(Locale.ROOT, "%013d-%s.eml", clock.millis(), UUID.randomUUID());
            AtomicFiles.writePrivate(dir.resolve(file), bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot write the message for " + mailbox, e);
        }
    }

    /** The messages {@code mailbox} received, oldest first, headers included. */
    public List<MimeMessage> messages(String mailbox) {
        Path dir = folder(mailbox);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<MimeMessage> messages = new ArrayList<>();
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    messages.add(new MimeMessage(PARSING, in));
                }
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("a stored message of " + mailbox + " cannot be read", e);
        }
    }

    private Path folder(String mailbox) {
        String name = mailbox.toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9._+-]+@[a-z0-9.-]+")) {
            throw new IllegalArgumentException("not a mailbox address: " + mailbox);
        }
        return root.resolve(name);
    }
}
