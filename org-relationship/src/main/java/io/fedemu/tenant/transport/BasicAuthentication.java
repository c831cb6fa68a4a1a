package io.fedemu.tenant.transport;

import io.fedemu.protocol.reason.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.subethamail.smtp.AuthenticationHandler;
import org.subethamail.smtp.AuthenticationHandlerFactory;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.RejectException;

/**
 * AUTH PLAIN and AUTH LOGIN (Exchange's BasicAuth mechanism) against the organization's mailboxes, refusing with
 * Exchange's {@code 535 5.7.3 Authentication unsuccessful} rather than the library's own text.
 */
final class BasicAuthentication implements AuthenticationHandlerFactory {
    private final BiPredicate<String, String> passwords;

    BasicAuthentication(BiPredicate<String, String> passwords) {
        this.passwords = passwords;
    }

    @Override
    public List<String> getAuthenticationMechanisms() {
        return List.of("PLAIN", "LOGIN");
    }

    @Override
    public AuthenticationHandler create() {
        return new Handler();
    }

    private final class Handler implements AuthenticationHandler {
        private String user;
        private boolean login;
        private boolean authenticated;

        @Override
        public Optional<String> auth(String clientInput, MessageContext context) throws RejectException {
            String[] words = clientInput.trim().split(" ");
            if (words.length >= 2 && words[0].equalsIgnoreCase("AUTH")) {
                if (words[1].equalsIgnoreCase("LOGIN")) {
                    login = true;
                    return words.length > 2 ? loginUser(words[2]) : Optional.of("334 VXNlcm5hbWU6");
                }
                return words.length > 2 ? plain(words[2]) : Optional.of("334 ");
            }
            if (login && user == null) {
                return loginUser(clientInput.trim());
            }
            return login ? check(user, decode(clientInput.trim())) : plain(clientInput.trim());
        }

        private Optional<String> loginUser(String encoded) throws RejectException {
            user = decode(encoded);
            return Optional.of("334 UGFzc3dvcmQ6");
        }

        private Optional<String> plain(String encoded) throws RejectException {
            String[] parts = decode(encoded).split("\0", -1);
            if (parts.length != 3) {
                throw new SmtpRefusal(Reason.MAIL_AUTHENTICATION_FAILED);
            }
            return check(parts[1], parts[2]);
        }

        private Optional<String> check(String name, String password) throws RejectException {
            if (!passwords.test(name, password)) {
                throw new SmtpRefusal(Reason.MAIL_AUTHENTICATION_FAILED);
            }
            user = name;
            authenticated = true;
            return Optional.empty();
        }

        private String decode(String encoded) throws RejectException {
            try {
                return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new SmtpRefusal(Reason.MAIL_AUTHENTICATION_FAILED);
            }
        }

        @Override
        public Object getIdentity() {
            return authenticated ? user : null;
        }
    }
}
