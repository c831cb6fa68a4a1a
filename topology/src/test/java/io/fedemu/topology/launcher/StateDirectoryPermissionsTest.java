package io.fedemu.topology.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDirectoryPermissionsTest {
    @TempDir
    Path parent;

    private final List<String> notices = new ArrayList<>();

    @Test
    void aMissingDirectoryIsCreatedOwnerOnlyWithoutANotice() throws Exception {
        Path state = parent.resolve("a/b");
        StateDirectoryPermissions.secure(state, notices::add);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state)))
                .isEqualTo("rwx------");
        assertThat(notices).isEmpty();
    }

    @Test
    void anOwnDirectoryOpenToGroupOrOthersIsTightenedWithANotice() throws Exception {
        for (String loose : List.of("rwxr-xr-x", "rwx---rwx", "rwx-w----", "rwxrwxrwx")) {
            Path state = Files.createDirectories(parent.resolve(loose.replace('-', '_')));
            Files.setPosixFilePermissions(state, PosixFilePermissions.fromString(loose));
            notices.clear();

            StateDirectoryPermissions.secure(state, notices::add);

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state)))
                    .isEqualTo("rwx------");
            assertThat(notices)
                    .containsExactly("fedemu: state directory " + state + " was " + loose
                            + ", open to other users; tightened to rwx------ (it holds private keys and passwords)");
        }
    }

    @Test
    void anOwnerOnlyDirectoryIsLeftAsItIsSilently() throws Exception {
        Path state = Files.createDirectories(parent.resolve("tight"));
        Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwx------"));
        StateDirectoryPermissions.secure(state, notices::add);
        assertThat(notices).isEmpty();
    }

    @Test
    void aDirectoryOfAnotherUserIsRefusedAndLeftAsItIs() throws Exception {
        Path state = Files.createDirectories(parent.resolve("theirs"));
        Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwxr-xr-x"));
        UserPrincipal owner = Files.getOwner(state);
        UserPrincipal someoneElse = new UserPrincipal() {
            @Override
            public String getName() {
                return "someone-else";
            }
        };

        assertThatThrownBy(() -> StateDirectoryPermissions.secure(state, notices::add, someoneElse))
                .isInstanceOf(StateDirectoryOwnerException.class)
                .hasMessage("state directory " + state + " belongs to user '" + owner.getName()
                        + "', not to 'someone-else'; fedemu uses only a state directory of its own user "
                        + "(choose another --state-dir)");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state)))
                .isEqualTo("rwxr-xr-x");
        assertThat(notices).isEmpty();
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsRefused() throws Exception {
        Path state = Files.writeString(parent.resolve("file"), "x");
        assertThatThrownBy(() -> StateDirectoryPermissions.secure(state, notices::add))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not a directory");
    }
}
