package io.fedemu.tenant.autodiscover;

import io.fedemu.protocol.autodiscover.ServerVersionInfo;

/**
 * The Autodiscover ServerVersionInfo response header: child elements (not EWS's attributes), always sent.
 * Build numbers are those of real releases; Exchange Online answers Version "Exchange2015".
 */
final class AutodiscoverVersions {
    private AutodiscoverVersions() {}

    static ServerVersionInfo of(String serverVersion) {
        return switch (serverVersion) {
            case "Exchange2010", "Exchange2010_SP1", "Exchange2010_SP2" -> info(14, 3, 123, 4, "Exchange2010_SP2");
            case "Exchange2016" -> info(15, 1, 2507, 6, "Exchange2015");
            default -> info(15, 0, 1497, 2, "Exchange2013_SP1");
        };
    }

    private static ServerVersionInfo info(int major, int minor, int majorBuild, int minorBuild, String version) {
        ServerVersionInfo info = new ServerVersionInfo();
        info.setMajorVersion(major);
        info.setMinorVersion(minor);
        info.setMajorBuildNumber(majorBuild);
        info.setMinorBuildNumber(minorBuild);
        info.setVersion(version);
        return info;
    }
}
