package io.fedemu.certs;

import java.nio.file.Path;

/** A key store or certificate file that cannot be used; always names the file. */
public final class CertificateStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public CertificateStoreException(Path file, String problem, Throwable cause) {
        super(problem + ": " + file, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
