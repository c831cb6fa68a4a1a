package io.fedemu.emulator.cli;

/**
 * One role's faults as the fault cmdlets print them: the gateway's or an organization's, side by side.
 *
 * @param links for organizations, "TARGET: fault" per faulted link
 */
record RoleFaults(
        String role,
        boolean down,
        long delayMillis,
        long clockOffsetSeconds,
        Boolean signWithUnpublishedKey,
        String tokenAudience,
        java.util.List<String> links,
        Boolean expiredSmtpCertificate) {

    static RoleFaults of(io.fedemu.protocol.faults.GatewayFaults faults) {
        return new RoleFaults(
                "gateway",
                faults.down(),
                faults.delayMillis(),
                faults.clockOffsetSeconds(),
                faults.signWithUnpublishedKey(),
                faults.tokenAudience(),
                null,
                null);
    }

    static RoleFaults of(String tenant, io.fedemu.protocol.faults.TenantFaults faults) {
        return new RoleFaults(
                tenant,
                faults.down(),
                faults.delayMillis(),
                faults.clockOffsetSeconds(),
                null,
                null,
                faults.links().stream()
                        .map(link -> link.to() + ": " + link.fault()
                                + ("delay".equals(link.fault()) ? " " + link.delayMillis() + " ms" : "")
                                + (link.via() == null ? "" : " via " + link.via()))
                        .toList(),
                faults.expiredSmtpCertificate());
    }
}
