package io.fedemu.emulator.cli;

import io.fedemu.protocol.tenant.FreeBusyAccessLevel;
import picocli.CommandLine.ITypeConverter;

/** -FreeBusyAccessLevel takes Exchange's spelling (LimitedDetails), not the Java constant's. */
final class AccessLevelConverter implements ITypeConverter<FreeBusyAccessLevel> {
    @Override
    public FreeBusyAccessLevel convert(String value) {
        return FreeBusyAccessLevel.fromWire(value);
    }
}
