package io.fedemu.tenant.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExchangeBuildTest {
    @Test
    void adminDisplayVersionReadsAsGetExchangeServerPrintsIt() {
        assertThat(ExchangeBuild.parse("15.0.620.29").adminDisplayVersion()).isEqualTo("Version 15.0 (Build 620.29)");
        // 2007 rollups leave AdminDisplayVersion at the service pack's build.
        assertThat(ExchangeBuild.parse("8.3.298.3").adminDisplayVersion()).isEqualTo("Version 8.3 (Build 83.6)");
    }

    @Test
    void buildsCompareByEveryPartSoRu9IsBelowRu10() {
        assertThat(ExchangeBuild.EXCHANGE_2007_SP3_RU9.isAtLeast(ExchangeBuild.EXCHANGE_2007_SP3_RU10))
                .isFalse();
        assertThat(ExchangeBuild.parse("8.3.298.4").isAtLeast(ExchangeBuild.EXCHANGE_2007_SP3_RU10))
                .isTrue();
        assertThat(ExchangeBuild.EXCHANGE_2013_RTM.isAtLeast(ExchangeBuild.EXCHANGE_2013_CU1))
                .isFalse();
        assertThat(ExchangeBuild.EXCHANGE_2013_SP1.isAtLeast(ExchangeBuild.EXCHANGE_2013_CU1))
                .isTrue();
    }

    @Test
    void knownReleasesAreNamedAndOthersSayTheirBuild() {
        assertThat(ExchangeBuild.parse("8.3.298.3").releaseName())
                .isEqualTo("Exchange Server 2007 SP3 Update Rollup 10");
        assertThat(ExchangeBuild.parse("15.0.620.29").releaseName()).isEqualTo("Exchange Server 2013 CU1");
        assertThat(ExchangeBuild.parse("15.0.995.29").releaseName())
                .isEqualTo("Exchange Server 2013 (build 15.0.995.29)");
    }

    @Test
    void textThatIsNotABuildAndVersionsOutsideTheHybridAreRefused() {
        assertThatThrownBy(() -> ExchangeBuild.parse("CU1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'CU1' is not an Exchange build such as 15.0.620.29");
        assertThatThrownBy(() -> ExchangeBuild.parse("14.3.123.4").product())
                .hasMessageContaining("neither Exchange 2013 (15.0.x) nor 2007 (8.x)");
    }
}
