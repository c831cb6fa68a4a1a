package io.fedemu.emulator;

import java.nio.file.Path;

/** scenarios/hybrid-blank.yaml (issue 17): the wizard's tests start from it. */
public final class HybridBlank {
    public static final Path FILE = Path.of("../scenarios/hybrid-blank.yaml");

    private HybridBlank() {}
}
