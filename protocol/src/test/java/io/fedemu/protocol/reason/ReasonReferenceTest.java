package io.fedemu.protocol.reason;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/reference/reasons.md is the enum, written out: this test fails when they differ, so the page a trainer
 * reads can never fall behind the code. Regenerate with
 * {@code mvn -pl protocol test -Dtest=ReasonReferenceTest -Dfedemu.writeReasons=true}.
 */
class ReasonReferenceTest {
    static final Path PAGE = Path.of("..", "docs", "reference", "reasons.md");

    /** Placeholders instead of names, so the page shows where a remedy fills in the chain's organizations. */
    static final RemedyContext PLACEHOLDERS = RemedyContext.of(
                    "REQUESTER", "PARTNER", "user@requester.example", "target@partner.example")
            .withRelationship("RELATIONSHIP")
            .withDetail("DETAIL");

    @org.junit.jupiter.api.Test
    void theReferencePageListsEveryReasonAsTheEnumDefinesIt() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("fedemu.writeReasons")) {
            Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
                .as("docs/reference/reasons.md is out of date: regenerate it (see this test's comment)")
                .isEqualTo(expected);
    }

    static String render() {
        StringBuilder page = new StringBuilder();
        page.append("# Rejection reasons\n\n")
                .append("Every rejection fedemu makes is one of these ")
                .append(Reason.values().length)
                .append(" values of `io.fedemu.protocol.reason.Reason`. The same name is in the wire answer ")
                .append("(a mailbox's `MessageXml`, a SOAP fault's `f:Reason`, an OAuth error's or a problem body's ")
                .append("`reason`), the journal, the trust-chain check and the trace; see ")
                .append("[PROTOCOL.md](../PROTOCOL.md) section 10. This page is generated from the enum ")
                .append("(`ReasonReferenceTest`); `REQUESTER`, `PARTNER`, `RELATIONSHIP` and `DETAIL` stand for ")
                .append("the names a remedy fills in.\n");
        Side current = null;
        for (Reason reason : Reason.values()) {
            if (reason.side() != current) {
                current = reason.side();
                page.append("\n## ")
                        .append(current)
                        .append("\n\n| reason | on the wire | sentence | remedy |\n|---|---|---|---|\n");
            }
            page.append("| `")
                    .append(reason.name())
                    .append("` | ")
                    .append(cell(reason.wire().describe()))
                    .append(" | ")
                    .append(cell(reason.sentence()))
                    .append(" | ")
                    .append(cell(reason.remedy(PLACEHOLDERS)))
                    .append(" |\n");
        }
        return page.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
