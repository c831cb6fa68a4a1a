package io.fedemu.emulator.dashboard;

/**
 * How a drawn element is: each has a colour (a CSS class) and a mark in text, so nothing is told by colour alone
 * (a projector washes colours out, and some of the room cannot tell red from green).
 */
enum Health {
    OK("ok", "✓"),
    DEGRADED("warn", "!"),
    BROKEN("bad", "✗"),
    NEUTRAL("plain", "·");

    private final String css;
    private final String mark;

    Health(String css, String mark) {
        this.css = css;
        this.mark = mark;
    }

    String css() {
        return css;
    }

    String mark() {
        return mark;
    }

    static Health of(boolean ok) {
        return ok ? OK : BROKEN;
    }

    Health worst(Health other) {
        return other.ordinal() > ordinal() && other != NEUTRAL || this == NEUTRAL ? other : this;
    }
}
