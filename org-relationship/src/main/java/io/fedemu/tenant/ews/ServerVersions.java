package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.types.ServerVersionInfo;

/**
 * The ServerVersionInfo header a tenant answers with; the EWS Java API refuses a response without it
 * (PROTOCOL.md section 8). Build numbers are those of real releases of each version.
 */
public final class ServerVersions {
    private ServerVersions() {}

    public static ServerVersionInfo of(String serverVersion) {
        return switch (serverVersion) {
            case "Exchange2007", "Exchange2007_SP1" -> info(8, 3, 83, 6, "Exchange2007_SP1");
            case "Exchange2010", "Exchange2010_SP1", "Exchange2010_SP2" -> info(14, 3, 123, 4, "Exchange2010_SP2");
            case "Exchange2016" -> info(15, 1, 2507, 6, "V2017_07_11");
            default -> info(15, 0, 1497, 2, "V2_23");
        };
    }

    /**
     * What a server of this exact build answers. Exchange 2013 names its schema version in {@code Version}; a 2007
     * SP3 server answers major 8, minor 3 and omits {@code Version} (clients such as exchangelib expect both).
     */
    public static ServerVersionInfo of(io.fedemu.tenant.servers.ExchangeBuild build) {
        return info(
                build.major(),
                build.minor(),
                build.build(),
                build.revision(),
                build.product() == io.fedemu.tenant.servers.ExchangeProduct.EXCHANGE_2007
                        ? null
                        // CU23 names its schema V2_23; earlier 2013 builds answer with the version name.
                        : build.isAtLeast(io.fedemu.tenant.servers.ExchangeBuild.EXCHANGE_2013_CU23)
                                ? "V2_23"
                                : "Exchange2013");
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
