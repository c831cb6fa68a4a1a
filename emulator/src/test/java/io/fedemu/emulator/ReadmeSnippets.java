package io.fedemu.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commands of the {@code ```bash} blocks of named sections of the README and the docs, and what those pages say
 * they print, read the way a trainer reads them. The convention (stated in the README, under "Five minutes for a
 * trainer", and in docs/reference/cli.md):
 *
 * <ul>
 *   <li>a line ending in {@code \} continues on the next line;</li>
 *   <li>a comment line indented by three spaces after its {@code #}, directly under a command (there may be
 *       several), is what that command prints: the fragments between {@code ...} appear in that order, spacing
 *       aside, and a closing {@code (exit code N)} is its exit code;</li>
 *   <li>a {@code ```text} block right under a {@code ```bash} block (blank lines aside) is what the block's last
 *       command prints, line by line, {@code ...} again standing for what is left out or differs from run to
 *       run;</li>
 *   <li>a command with no such line exits 0;</li>
 *   <li>every other comment, on its own line or after a command, is prose for the reader and is not checked.</li>
 * </ul>
 *
 * Parsing is strict: an expectation line that follows no command, or an exit code on a command left running in
 * the background, is an error in the page, not something to skip. Other fenced blocks ({@code ```sh},
 * {@code ```yaml}, ...) and {@code ```bash} blocks outside the named sections are illustrations and are not run.
 */
final class ReadmeSnippets {
    /** {@code #} then at least three spaces: what the command above prints. One space is prose. */
    private static final Pattern EXPECTATION = Pattern.compile("^#   \\s*(.*)$");

    private static final Pattern EXIT_CODE = Pattern.compile("\\(exit code (\\d+)\\)\\s*$");
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*\\.\\.\\.\\s*");

    private ReadmeSnippets() {}

    /**
     * A page and the {@code ## } sections of it whose commands run.
     *
     * @param name how failures name the page: its path from the repository root, e.g. docs/reference/cli.md
     */
    record Page(Path file, String name, List<String> sections) {
        Page {
            sections = List.copyOf(sections);
        }
    }

    /** One command as written: its page and line, its words (quotes removed), and what it should print. */
    record Command(
            String page, int line, String text, List<String> words, boolean background, Expectation expectation) {
        String program() {
            return words.get(0);
        }

        Command expecting(Expectation more) {
            return new Command(page, line, text, words, background, expectation.and(more));
        }

        @Override
        public String toString() {
            return page + ":" + line + ": " + text;
        }
    }

    /** Fragments the output contains in this order, and the exit code. */
    record Expectation(List<String> fragments, int exitCode, boolean exitCodeGiven) {
        static final Expectation SUCCESS = new Expectation(List.of(), 0, false);

        /** One expectation line without its {@code #}: {@code fragment ... fragment   (exit code N)}. */
        static Expectation parse(String text) {
            String rest = text.strip();
            int exitCode = 0;
            boolean given = false;
            Matcher code = EXIT_CODE.matcher(rest);
            if (code.find()) {
                exitCode = Integer.parseInt(code.group(1));
                given = true;
                rest = rest.substring(0, code.start());
            }
            return new Expectation(ReadmeSnippets.fragments(rest), exitCode, given);
        }

        Expectation and(Expectation more) {
            if (exitCodeGiven && more.exitCodeGiven && exitCode != more.exitCode) {
                throw new IllegalArgumentException("two different exit codes for one command");
            }
            List<String> all = new ArrayList<>(fragments);
            all.addAll(more.fragments);
            return more.exitCodeGiven
                    ? new Expectation(List.copyOf(all), more.exitCode, true)
                    : new Expectation(List.copyOf(all), exitCode, exitCodeGiven);
        }

        /** The first fragment not found in order in {@code output}, or null when every one is there. */
        String firstMissing(String output) {
            String text = spacingAside(output);
            int from = 0;
            for (String fragment : fragments) {
                int at = text.indexOf(fragment, from);
                if (at < 0) {
                    return fragment;
                }
                from = at + fragment.length();
            }
            return null;
        }
    }

    /** The text between the {@code ...} of one line, spacing aside. */
    static List<String> fragments(String line) {
        List<String> fragments = new ArrayList<>();
        for (String fragment : ELLIPSIS.split(line)) {
            if (!fragment.isBlank()) {
                fragments.add(spacingAside(fragment));
            }
        }
        return List.copyOf(fragments);
    }

    /** Column padding (Format-List, tables) is not part of what a line says: runs of white space compare equal. */
    static String spacingAside(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /**
     * The commands of every page, page after page in the order given, each page's in its own order: a story that
     * starts in the README (say {@code up}) may go on in a reference page against the same running emulator.
     */
    static List<Command> in(List<Page> pages) {
        List<Command> commands = new ArrayList<>();
        for (Page page : pages) {
            commands.addAll(in(page.file(), page.name(), page.sections()));
        }
        return List.copyOf(commands);
    }

    /** The commands of every {@code ```bash} block in the named {@code ## } sections of one page, in page order. */
    static List<Command> in(Path file, String name, List<String> sections) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> missing = new ArrayList<>(sections);
        List<Command> commands = new ArrayList<>();
        boolean inSection = false;
        boolean inBash = false;
        boolean inOtherBlock = false;
        // True while the line above is a command or its expected output: only then may an expectation follow.
        boolean underCommand = false;
        boolean inOutput = false;
        boolean afterBash = false;
        int bashCommands = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!inBash && !inOtherBlock && line.startsWith("## ")) {
                inSection = sections.contains(line.substring(3).strip());
                missing.remove(line.substring(3).strip());
                continue;
            }
            if (line.startsWith("```")) {
                if (inBash || inOtherBlock || inOutput) {
                    // Only blank lines may come between a bash block and the output block of its last command.
                    afterBash = inBash;
                    inBash = false;
                    inOtherBlock = false;
                    inOutput = false;
                } else if (inSection && line.strip().equals("```bash")) {
                    inBash = true;
                    bashCommands = 0;
                } else if (inSection && line.strip().equals("```text")) {
                    if (!afterBash || bashCommands == 0) {
                        throw new IllegalArgumentException(name + ":" + (i + 1) + ": a ```text block (the output "
                                + "of the command above) directly under no ```bash block with a command");
                    }
                    inOutput = true;
                } else {
                    inOtherBlock = true;
                }
                underCommand = false;
                continue;
            }
            if (!line.isBlank()) {
                afterBash = false;
            }
            if (inOutput) {
                // One line of the shown output: its text, with ... for what is left out or changes from run to run.
                Expectation shown = new Expectation(fragments(line), 0, false);
                commands.set(
                        commands.size() - 1, commands.get(commands.size() - 1).expecting(shown));
                continue;
            }
            if (!inBash) {
                continue;
            }
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                underCommand = false;
                continue;
            }
            Matcher expectation = EXPECTATION.matcher(stripped);
            if (expectation.matches()) {
                // Directly under its command: a blank or prose line in between detaches it (and fails here).
                if (!underCommand) {
                    throw new IllegalArgumentException(name + ":" + (i + 1) + ": an expected output line ('#   ') "
                            + "directly under no command: " + stripped);
                }
                Command last = commands.get(commands.size() - 1);
                Command updated = last.expecting(Expectation.parse(expectation.group(1)));
                if (updated.background() && updated.expectation().exitCodeGiven()) {
                    throw new IllegalArgumentException(last + ": a command left running (&) has no exit code yet");
                }
                commands.set(commands.size() - 1, updated);
                continue;
            }
            if (stripped.startsWith("#")) {
                underCommand = false;
                continue;
            }
            int first = i;
            StringBuilder joined = new StringBuilder();
            while (line.stripTrailing().endsWith("\\") && i + 1 < lines.size()) {
                String part = line.stripTrailing();
                joined.append(part, 0, part.length() - 1).append(' ');
                line = lines.get(++i);
            }
            joined.append(line);
            Words words = Words.of(joined.toString());
            commands.add(new Command(
                    name,
                    first + 1,
                    spacingAside(words.text()),
                    words.words(),
                    words.background(),
                    Expectation.SUCCESS));
            bashCommands++;
            underCommand = true;
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(name + " has no section " + missing);
        }
        return commands;
    }

    /**
     * Where {@code file} has a {@code ```bash} block outside the named {@code ## } sections, as
     * {@code name:line (## section)}: a command there would not be run.
     */
    static List<String> bashBlocksOutside(Path file, String name, List<String> sections) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> outside = new ArrayList<>();
        String section = "";
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                if (!inBlock && line.strip().equals("```bash") && !sections.contains(section)) {
                    outside.add(name + ":" + (i + 1) + " (## " + section + ")");
                }
                inBlock = !inBlock;
            } else if (!inBlock && line.startsWith("## ")) {
                section = line.substring(3).strip();
            }
        }
        return outside;
    }

    /** A command line split as a POSIX shell splits it, as far as the README needs: quotes, a comment, a {@code &}. */
    record Words(List<String> words, String text, boolean background) {
        static Words of(String line) {
            List<String> words = new ArrayList<>();
            StringBuilder word = null;
            char quote = 0;
            int end = line.length();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        word.append(c);
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                    word = word == null ? new StringBuilder() : word;
                } else if (c == '#' && word == null) {
                    end = i;
                    break;
                } else if (Character.isWhitespace(c)) {
                    if (word != null) {
                        words.add(word.toString());
                        word = null;
                    }
                } else {
                    word = word == null ? new StringBuilder() : word;
                    word.append(c);
                }
            }
            if (quote != 0) {
                throw new IllegalArgumentException("unclosed quote in: " + line);
            }
            if (word != null) {
                words.add(word.toString());
            }
            boolean background = !words.isEmpty() && words.get(words.size() - 1).equals("&");
            if (background) {
                words.remove(words.size() - 1);
            }
            return new Words(List.copyOf(words), line.substring(0, end).strip(), background);
        }
    }
}
