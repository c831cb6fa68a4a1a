package io.fedemu.tenant.servers;

import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact Exchange build, as Get-ExchangeServer and ExSetup.exe report it: {@code 15.0.620.29} is Exchange 2013
 * CU1, {@code 8.3.298.3} Exchange 2007 SP3 Update Rollup 10. Version gates compare builds, never names: a build
 * between two known releases still sorts where it belongs.
 */
public record ExchangeBuild(int major, int minor, int build, int revision) implements Comparable<ExchangeBuild> {
    private static final Pattern TEXT = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{1,5})\\.(\\d{1,5})");
    private static final Comparator<ExchangeBuild> ORDER = Comparator.comparingInt(ExchangeBuild::major)
            .thenComparingInt(ExchangeBuild::minor)
            .thenComparingInt(ExchangeBuild::build)
            .thenComparingInt(ExchangeBuild::revision);

    public static final ExchangeBuild EXCHANGE_2013_RTM = new ExchangeBuild(15, 0, 516, 32);
    public static final ExchangeBuild EXCHANGE_2013_CU1 = new ExchangeBuild(15, 0, 620, 29);
    public static final ExchangeBuild EXCHANGE_2013_CU2 = new ExchangeBuild(15, 0, 712, 24);
    public static final ExchangeBuild EXCHANGE_2013_SP1 = new ExchangeBuild(15, 0, 847, 32);
    /** Exchange 2013 CU23, the last: what an organization written without servers runs. */
    public static final ExchangeBuild EXCHANGE_2013_CU23 = new ExchangeBuild(15, 0, 1497, 2);

    public static final ExchangeBuild EXCHANGE_2007_SP3 = new ExchangeBuild(8, 3, 83, 6);
    public static final ExchangeBuild EXCHANGE_2007_SP3_RU9 = new ExchangeBuild(8, 3, 297, 2);
    public static final ExchangeBuild EXCHANGE_2007_SP3_RU10 = new ExchangeBuild(8, 3, 298, 3);

    private static final Map<ExchangeBuild, String> RELEASES = Map.of(
            EXCHANGE_2013_RTM, "Exchange Server 2013 RTM",
            EXCHANGE_2013_CU1, "Exchange Server 2013 CU1",
            EXCHANGE_2013_CU2, "Exchange Server 2013 CU2",
            EXCHANGE_2013_SP1, "Exchange Server 2013 SP1",
            EXCHANGE_2013_CU23, "Exchange Server 2013 CU23",
            EXCHANGE_2007_SP3, "Exchange Server 2007 SP3",
            EXCHANGE_2007_SP3_RU9, "Exchange Server 2007 SP3 Update Rollup 9",
            EXCHANGE_2007_SP3_RU10, "Exchange Server 2007 SP3 Update Rollup 10");

    public ExchangeBuild {
        if (major < 0 || minor < 0 || build < 0 || revision < 0) {
            throw new IllegalArgumentException("a build has no negative parts");
        }
    }

    /** Reads {@code 15.0.620.29}; anything else is refused naming the expected form. */
    public static ExchangeBuild parse(String text) {
        Matcher matcher = text == null ? null : TEXT.matcher(text.trim());
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an Exchange build such as 15.0.620.29");
        }
        return new ExchangeBuild(
                Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)),
                Integer.parseInt(matcher.group(4)));
    }

    public ExchangeProduct product() {
        return ExchangeProduct.of(this);
    }

    /**
     * What Get-ExchangeServer prints as AdminDisplayVersion: "Version 15.0 (Build 620.29)". Update rollups of
     * 2007 do not change it (a 2007 SP3 RU10 server still says "Version 8.3 (Build 83.6)"), so for 2007 the build
     * shown is the service pack's and the rollup is only in the exact build.
     */
    public String adminDisplayVersion() {
        ExchangeBuild shown = product() == ExchangeProduct.EXCHANGE_2007 && compareTo(EXCHANGE_2007_SP3) >= 0
                ? EXCHANGE_2007_SP3
                : this;
        return "Version " + shown.major + "." + shown.minor + " (Build " + shown.build + "." + shown.revision + ")";
    }

    /** The release this build is, when it is one the emulator knows by name ("Exchange Server 2013 CU1"). */
    public String releaseName() {
        String known = RELEASES.get(this);
        return known != null ? known : product().displayName() + " (build " + this + ")";
    }

    public boolean isAtLeast(ExchangeBuild other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(ExchangeBuild other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + build + "." + revision;
    }
}
