package io.fedemu.emulator.cli;

import io.fedemu.protocol.tenant.MailTipsAccessLevel;
import picocli.CommandLine.ITypeConverter;

/** -MailTipsAccessLevel takes Exchange's spelling (None, Limited, All), ignoring case as the cmdlet does. */
final class MailTipsLevelConverter implements ITypeConverter<MailTipsAccessLevel> {
    @Override
    public MailTipsAccessLevel convert(String value) {
        return MailTipsAccessLevel.fromWire(value);
    }
}
