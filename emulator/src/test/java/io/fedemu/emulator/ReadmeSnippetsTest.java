package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.fedemu.emulator.ReadmeSnippets.Command;
import io.fedemu.emulator.ReadmeSnippets.Expectation;
import io.fedemu.emulator.ReadmeSnippets.Page;
import io.fedemu.emulator.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The README's two commands, quick start and trainer's five minutes, then the cmdlet examples of the CLI reference
 * (docs/reference/cli.md), run as the pages write them through the real command line, page after page and in page
 * order, against an emulator the README's own {@code ./fedemu up} starts. What each command should print and its
 * exit code come from the page (see {@link ReadmeSnippets} for the convention), so a snippet that rots, or an
 * expectation that stops being true, fails the build. Every {@code ```bash} block of the README and of docs/ must
 * sit in one of these sections ({@link #everyBashBlockOfTheReadmeAndTheDocsIsRunHere}): a snippet that moves to
 * another page or section is still run, or the build says where it went.
 *
 * <p>Each command runs in this JVM, as {@code ./fedemu} would run it, with two changes so it cannot collide
 * with a real emulator or another test: {@code --state-dir} is a temporary directory, and {@code up} gets
 * {@code --port-base 0} (free ports) and the repository's scenario path. {@code up} is always left running in
 * the background until it prints {@code ready}, as a trainer keeps it running in its own terminal; the next
 * {@code up} stops the previous one first, as the trainer's Ctrl-C would.
 */
class ReadmeSnippetsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** The pages and sections whose commands run, in this order: the README's {@code up} serves the CLI page. */
    private static final List<Page> PAGES = List.of(
            page(
                    "README.md",
                    "The two commands",
                    "Quick start",
                    "Five minutes for a trainer: break the trust, a server, and mend them"),
            page("docs/reference/cli.md", "Cmdlets against the running emulator"));

    /**
     * The skip rule: a line of these sections runs unless its program is listed here, as one that cannot run
     * inside the test JVM. Any other program fails the test, so a new kind of snippet is not skipped silently.
     */
    private static final Map<String, String> NOT_IN_PROCESS = Map.of(
            "mvn", "a nested Maven build of the repository",
            "./test.sh", "the test command itself: a nested Maven build of the repository",
            "java", "another JVM",
            "openssl", "an external tool that may not be installed",
            "curl", "an external tool that may not be installed");

    /** Generous: two shared cores, and a first start generates every key of the scenario. */
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    @TempDir
    Path state;

    private Background up;

    @AfterEach
    void stopTheEmulator() throws InterruptedException {
        if (up != null) {
            up.stop();
        }
    }

    @Test
    void everyCommandOfTheReadmeAndTheDocsPrintsWhatThePageSaysItPrints() throws Exception {
        List<Command> commands = ReadmeSnippets.in(PAGES);
        // Every page listed still has commands: a section emptied by a move fails here, not silently.
        assertThat(commands)
                .extracting(Command::page)
                .containsAll(PAGES.stream().map(Page::name).toList());
        // The story of issue 7 is there: up, ask across the boundary, break, see it, mend, ask again.
        assertThat(commands)
                .extracting(c -> c.words().size() > 1 ? c.words().get(1) : "")
                .contains("up", "get-availability", "set-organization-relationship", "test-trust-chain");
        assertThat(commands).filteredOn(c -> c.expectation().exitCode() == 3).isNotEmpty();

        int ran = 0;
        for (Command command : commands) {
            if (!command.program().equals("./fedemu")) {
                assertThat(NOT_IN_PROCESS)
                        .as(
                                "%s: runs '%s'; run it here or list it in NOT_IN_PROCESS with why",
                                command, command.program())
                        .containsKey(command.program());
                continue;
            }
            List<String> args = arguments(command);
            if (args.get(0).equals("up")) {
                if (up != null) {
                    up.stop();
                }
                up = Background.start(args);
                String output = up.awaitReady(command);
                check(command, args, up.exitCodeIfEnded(), output, true);
            } else {
                Run run = Run.of(args);
                check(command, args, run.exitCode(), run.out() + "\n" + run.err(), false);
            }
            ran++;
        }
        assertThat(ran).as("commands run").isGreaterThanOrEqualTo(8);
    }

    @Test
    void theConventionMatchesFragmentsInOrderSpacingAsideAndTheExitCode() throws Exception {
        Expectation expectation = Expectation.parse("ResponseCode : ErrorNoFreeBusyAccess ... ✗ ACCESS_DECISION "
                + "[contoso-cloud]: FREE_BUSY_DISABLED   (exit code 3)");
        String output = "ResponseCode     : ErrorNoFreeBusyAccess\n  ✗ ACCESS_DECISION [contoso-cloud]: "
                + "FREE_BUSY_DISABLED: the relationship ...";

        assertThat(expectation.exitCode()).isEqualTo(3);
        assertThat(expectation.fragments())
                .containsExactly(
                        "ResponseCode : ErrorNoFreeBusyAccess",
                        "✗ ACCESS_DECISION [contoso-cloud]: FREE_BUSY_DISABLED");
        assertThat(expectation.firstMissing(output)).isNull();
        // A claim the output does not make, or makes in another order, is caught.
        assertThat(Expectation.parse("ResponseCode : NoError").firstMissing(output))
                .isEqualTo("ResponseCode : NoError");
        assertThat(Expectation.parse("FREE_BUSY_DISABLED ... ErrorNoFreeBusyAccess")
                        .firstMissing(output))
                .isEqualTo("ErrorNoFreeBusyAccess");
        assertThat(Expectation.parse("NoError again").exitCodeGiven()).isFalse();
    }

    @Test
    void everyBashBlockOfTheReadmeAndTheDocsIsRunHere() throws Exception {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(file -> file.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<String> notRun = new ArrayList<>();
        for (Path file : files) {
            String name = ROOT.relativize(file).toString().replace('\\', '/');
            List<String> sections = PAGES.stream()
                    .filter(page -> page.name().equals(name))
                    .flatMap(page -> page.sections().stream())
                    .toList();
            notRun.addAll(ReadmeSnippets.bashBlocksOutside(file, name, sections));
        }

        assertThat(notRun)
                .as("```bash blocks this test does not run: add their page and section to PAGES, or fence them "
                        + "```sh if they are illustrations")
                .isEmpty();
    }

    @Test
    void aBashBlockOutsideTheRunSectionsIsFound(@TempDir Path directory) throws Exception {
        Path page = Files.writeString(
                directory.resolve("page.md"),
                String.join(
                        "\n",
                        "## Run",
                        "```bash",
                        "./fedemu --version",
                        "```",
                        "## Not run",
                        "```sh",
                        "fedemu --version",
                        "```",
                        "```bash",
                        "./fedemu --help",
                        "```",
                        ""));

        assertThat(ReadmeSnippets.bashBlocksOutside(page, "page.md", List.of("Run")))
                .containsExactly("page.md:9 (## Not run)");
    }

    @Test
    void anExpectedOutputLineThatFollowsNoCommandIsAnErrorInTheReadme(@TempDir Path directory) throws Exception {
        Path readme = Files.writeString(
                directory.resolve("README.md"),
                String.join(
                        "\n",
                        "## Quick start",
                        "",
                        "```bash",
                        "./fedemu up --reset &",
                        "# prose detaches what follows from the command",
                        "#   ready",
                        "```",
                        ""));

        assertThatThrownBy(() -> ReadmeSnippets.in(readme, "README.md", List.of("Quick start")))
                .hasMessageContaining("README.md:6")
                .hasMessageContaining("directly under no command");
    }

    private static Page page(String name, String... sections) {
        return new Page(ROOT.resolve(name), name, List.of(sections));
    }

    /** The page's words after {@code ./fedemu}, pointed at this test's state directory and free ports. */
    private List<String> arguments(Command command) {
        List<String> args =
                new ArrayList<>(command.words().subList(1, command.words().size()));
        assertThat(args).as("%s: a command", command).isNotEmpty();
        if (args.get(0).startsWith("-")) {
            return args; // fedemu --help, --version: no state involved
        }
        override(args, "--state-dir", state.toString());
        if (args.get(0).equals("up")) {
            override(args, "--port-base", "0");
            int scenario = args.indexOf("--scenario");
            if (scenario < 0) {
                // ./fedemu sets fedemu.home to the repository; this JVM runs in emulator/, so name it.
                args.add("--scenario");
                args.add(ROOT.resolve("scenarios/hybrid.yaml").toString());
            } else {
                args.set(scenario + 1, ROOT.resolve(args.get(scenario + 1)).toString());
            }
        }
        return args;
    }

    private static void override(List<String> args, String option, String value) {
        int at = args.indexOf(option);
        if (at >= 0) {
            args.set(at + 1, value);
        } else {
            args.add(option);
            args.add(value);
        }
    }

    private static void check(Command command, List<String> args, Integer exitCode, String output, boolean background) {
        Expectation expected = command.expectation();
        String missing = expected.firstMissing(output);
        if (missing != null) {
            fail(
                    "%s%n  ran: fedemu %s%n  the page expects, in order: %s%n  not found (spacing aside): %s%n"
                            + "  exit code %s, output:%n%s",
                    command, shown(args), expected.fragments(), missing, exitCode, output);
        }
        if (background) {
            assertThat(exitCode)
                    .as("%s: still running after 'ready'%n%s", command, output)
                    .isNull();
        } else if (exitCode != expected.exitCode()) {
            fail(
                    "%s%n  ran: fedemu %s%n  the page expects exit code %d, got %d; output:%n%s",
                    command, shown(args), expected.exitCode(), exitCode, output);
        }
    }

    /** The arguments as they would be typed, so a failure can be re-run by hand. */
    private static String shown(List<String> args) {
        return String.join(
                " ",
                args.stream()
                        .map(a -> a.isEmpty() || a.matches(".*[\\s'\"!].*") ? "'" + a.replace("'", "'\\''") + "'" : a)
                        .toList());
    }

    /** One command run to its end, with what it printed. */
    private record Run(int exitCode, String out, String err) {
        static Run of(List<String> args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine commandLine = Main.commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            int exitCode = commandLine.execute(args.toArray(String[]::new));
            return new Run(exitCode, out.toString(), err.toString());
        }
    }

    /** {@code fedemu up} on its own thread, as in a second terminal; an interrupt is its Ctrl-C. */
    private static final class Background {
        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private final AtomicInteger exitCode = new AtomicInteger(-1);
        private final Thread thread;

        private Background(List<String> args) {
            CommandLine commandLine = Main.commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            thread = new Thread(
                    () -> exitCode.set(commandLine.execute(args.toArray(String[]::new))), "readme-fedemu-up");
            thread.setDaemon(true);
        }

        static Background start(List<String> args) {
            Background background = new Background(args);
            background.thread.start();
            return background;
        }

        String awaitReady(Command command) throws InterruptedException {
            Instant deadline = Instant.now().plus(READY_WITHIN);
            while (!output().lines().anyMatch("ready"::equals)) {
                if (!thread.isAlive()) {
                    fail("%s: ended with exit code %d before 'ready':%n%s", command, exitCode.get(), output());
                }
                if (Instant.now().isAfter(deadline)) {
                    fail("%s: no 'ready' within %s:%n%s", command, READY_WITHIN, output());
                }
                Thread.sleep(100);
            }
            return output();
        }

        Integer exitCodeIfEnded() {
            return thread.isAlive() ? null : exitCode.get();
        }

        String output() {
            return out + "\n" + err;
        }

        /** Ctrl-C: the emulator stops cleanly, exit 0, and frees its ports for the next {@code up}. */
        void stop() throws InterruptedException {
            thread.interrupt();
            thread.join(Duration.ofMinutes(1).toMillis());
            assertThat(thread.isAlive())
                    .as("fedemu up still running a minute after Ctrl-C")
                    .isFalse();
            assertThat(exitCode.get()).as(output()).isZero();
        }
    }
}
