package io.fedemu.client.http;

import io.fedemu.protocol.gateway.Problem;

/** An admin request the server refused, with its problem body. */
public final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient Problem problem;

    public ProblemException(int status, Problem problem) {
        super(status + " " + problem.reason() + ": " + problem.detail());
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    public Problem problem() {
        return problem;
    }
}
