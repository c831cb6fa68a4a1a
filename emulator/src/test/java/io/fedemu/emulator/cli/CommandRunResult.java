package io.fedemu.emulator.cli;

/** {@link CommandRun} for tests outside this package: one in-process run of the command line. */
public record CommandRunResult(int exitCode, String out, String err) {
    public static CommandRunResult of(String... args) {
        CommandRun run = CommandRun.of(args);
        return new CommandRunResult(run.exitCode(), run.out(), run.err());
    }
}
