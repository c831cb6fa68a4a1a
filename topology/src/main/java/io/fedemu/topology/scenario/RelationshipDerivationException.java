package io.fedemu.topology.scenario;

/**
 * A relationship written with {@code fromFederationInformation} could not be created at start. The message names
 * the scenario file, line and field, the organization and relationship, what failed and the underlying cause.
 */
public final class RelationshipDerivationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Failure failure;

    /** What went wrong, in words a trainer can read aloud. */
    public enum Failure {
        PARTNER_UNREACHABLE("the partner's Autodiscover endpoint did not answer"),
        PARTNER_REFUSED("the partner refused GetFederationInformation"),
        RELATIONSHIP_REFUSED("the tenant refused the relationship built from the partner's answer");

        private final String sentence;

        Failure(String sentence) {
            this.sentence = sentence;
        }

        public String sentence() {
            return sentence;
        }
    }

    RelationshipDerivationException(
            String where, String organization, String relationship, Failure failure, String detail, Throwable cause) {
        super(
                where + ": " + organization + "'s relationship '" + relationship + "' cannot be created: "
                        + failure.sentence() + ": " + detail,
                cause);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }
}
