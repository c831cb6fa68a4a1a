package io.fedemu.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Far-side text is passed on printable, collapsed and short; codes keep only what a code may hold. */
class SafeTextTest {
    @Test
    void controlCharactersAndLineBreaksBecomeSingleSpaces() {
        assertThat(SafeText.of("Expired at\r\n\t 10:00;\u0000\u001b[31m skew 300 s", 100))
                .isEqualTo("Expired at 10:00; [31m skew 300 s");
    }

    @Test
    void longTextIsCutAndMarked() {
        assertThat(SafeText.of("a".repeat(10_000), 20)).isEqualTo("a".repeat(20) + "…");
        assertThat(SafeText.of("short", 20)).isEqualTo("short");
        assertThat(SafeText.of(null, 20)).isEmpty();
    }

    @Test
    void aCodeKeepsOnlyLettersDigitsAndSeparators() {
        assertThat(SafeText.code("a:ErrorInternalServerError<script>")).isEqualTo("a:ErrorInternalServerErrorscript");
        assertThat(SafeText.code("x".repeat(100))).hasSize(64);
    }
}
