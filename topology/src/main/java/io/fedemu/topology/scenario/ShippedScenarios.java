package io.fedemu.topology.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The scenarios of the top-level {@code scenarios/} folder as the build puts them on the classpath, under
 * {@value #FOLDER}. They are read in place as {@link Path}s (a folder, or a folder inside the jar), so a
 * scenario's relative calendar files resolve exactly as they do from a clone.
 */
final class ShippedScenarios {
    static final String FOLDER = "io/fedemu/scenarios";
    private static final String SUFFIX = ".yaml";
    /** A name is one file of the folder: never a path that could reach other resources. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private static Optional<Path> folder;

    private ShippedScenarios() {}

    static Optional<Path> file(String name) {
        String bare = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
        if (!NAME.matcher(bare).matches()) {
            return Optional.empty();
        }
        return folder().map(dir -> dir.resolve(bare + SUFFIX)).filter(Files::isRegularFile);
    }

    static List<String> names() {
        Optional<Path> dir = folder();
        if (dir.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(SUFFIX))
                    .map(file -> file.substring(0, file.length() - SUFFIX.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the shipped scenarios in " + dir.get(), e);
        }
    }

    /** Found once per JVM; a jar's file system stays open for the JVM's life, as the class path's own does. */
    private static synchronized Optional<Path> folder() {
        if (folder == null) {
            folder = locate(ShippedScenarios.class.getClassLoader());
        }
        return folder;
    }

    static Optional<Path> locate(ClassLoader loader) {
        return Optional.ofNullable(loader.getResource(FOLDER)).map(ShippedScenarios::path);
    }

    private static Path path(URL url) {
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // Opened by someone else in this JVM: Path.of finds it.
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException | RuntimeException e) {
            // A class path the JDK cannot open as a file system (a nested jar of a packaged application).
            throw new IllegalStateException(
                    "cannot read the shipped scenarios at " + url + "; load a scenario file from a Path instead", e);
        }
    }
}
