package io.fedemu.emulator.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so it cannot drift from the build. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = FedemuCommand.class.getPackage().getImplementationVersion();
        return new String[] {"fedemu " + (version == null ? "(development build)" : version)};
    }
}
