package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;

@Command(
        name = "certs",
        mixinStandardHelpOptions = true,
        description = "The emulator's PKI: root CA, trust bundle, TLS, federation and token-signing certificates.",
        subcommands = {CertsInitCommand.class, CertsShowCommand.class},
        footer = {"", "Example:", "  fedemu certs init --state-dir /tmp/fedemu"})
final class CertsCommand {}
