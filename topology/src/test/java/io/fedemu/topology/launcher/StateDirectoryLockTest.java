package io.fedemu.topology.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDirectoryLockTest {
    @TempDir
    Path state;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void killHolders() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void aSecondExclusiveLockInThisJvmIsRefusedNamingTheHolderAndFreeAfterClose() {
        String pid = String.valueOf(ProcessHandle.current().pid());
        try (StateDirectoryLock first = StateDirectoryLock.exclusive(state, "fedemu up --state-dir " + state)) {
            assertThat(state.resolve(StateDirectoryLock.FILE_NAME))
                    .content()
                    .contains("pid=" + pid, "command=fedemu up --state-dir " + state);
            assertThatThrownBy(() -> StateDirectoryLock.exclusive(state, "fedemu up --reset"))
                    .isInstanceOf(StateDirectoryInUseException.class)
                    .hasMessageContaining("state directory " + state + " is in use by pid " + pid
                            + " (fedemu up --state-dir " + state + ")")
                    .hasMessageContaining("fedemu up --reset changed nothing");
            assertThatThrownBy(() -> StateDirectoryLock.role(state, "gateway", "fedemu gateway"))
                    .isInstanceOf(StateDirectoryInUseException.class)
                    .hasMessageContaining("in use by pid " + pid + " (fedemu up --state-dir " + state + ")");
        }
        assertThat(state.resolve(StateDirectoryLock.FILE_NAME)).isEmptyFile();
        StateDirectoryLock.exclusive(state, "fedemu up").close();
    }

    @Test
    void rolesShareTheDirectoryButNotARoleAndUpWaitsForAllOfThem() {
        try (StateDirectoryLock gateway = StateDirectoryLock.role(state, "gateway", "fedemu gateway");
                StateDirectoryLock tenant = StateDirectoryLock.role(state, "tenant-contoso", "fedemu tenant contoso")) {
            assertThatThrownBy(() -> StateDirectoryLock.role(state, "gateway", "fedemu gateway --port 1"))
                    .isInstanceOf(StateDirectoryInUseException.class)
                    .hasMessageContaining("(fedemu gateway)");
            assertThatThrownBy(() -> StateDirectoryLock.exclusive(state, "fedemu up"))
                    .isInstanceOf(StateDirectoryInUseException.class)
                    .hasMessageContaining("(fedemu gateway)")
                    .hasMessageContaining("(fedemu tenant contoso)");
            gateway.close();
            assertThatThrownBy(() -> StateDirectoryLock.exclusive(state, "fedemu up"))
                    .isInstanceOf(StateDirectoryInUseException.class)
                    .hasMessageNotContaining("(fedemu gateway)")
                    .hasMessageContaining("(fedemu tenant contoso)");
        }
        StateDirectoryLock.exclusive(state, "fedemu up").close();
    }

    @Test
    void anotherProcessIsNamedByPidAndItsLockDiesWithIt() throws Exception {
        Process holder = holder();
        assertThatThrownBy(() -> StateDirectoryLock.exclusive(state, "fedemu up"))
                .isInstanceOf(StateDirectoryInUseException.class)
                .hasMessageContaining("in use by pid " + holder.pid() + " (fedemu up --state-dir " + state + ")");
        assertThatThrownBy(() -> StateDirectoryLock.role(state, "gateway", "fedemu gateway"))
                .isInstanceOf(StateDirectoryInUseException.class)
                .hasMessageContaining("in use by pid " + holder.pid());

        holder.destroyForcibly(); // kill -9: no chance to clean up
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // The file still names the dead process, but the operating system dropped its lock.
        assertThat(state.resolve(StateDirectoryLock.FILE_NAME)).content().contains("pid=" + holder.pid());
        try (StateDirectoryLock mine = StateDirectoryLock.exclusive(state, "fedemu up")) {
            assertThat(state.resolve(StateDirectoryLock.FILE_NAME))
                    .content()
                    .contains("pid=" + ProcessHandle.current().pid());
        }
    }

    @Test
    void aRoleInAnotherProcessKeepsUpOutAndIsNamed() throws Exception {
        Process holder = holder("tenant-fabrikam");
        assertThatThrownBy(() -> StateDirectoryLock.exclusive(state, "fedemu up"))
                .isInstanceOf(StateDirectoryInUseException.class)
                .hasMessageContaining("in use by pid " + holder.pid() + " (fedemu tenant-fabrikam --state-dir");
        try (StateDirectoryLock gateway = StateDirectoryLock.role(state, "gateway", "fedemu gateway")) {
            assertThat(gateway.directory()).isEqualTo(state);
        }
    }

    private Process holder(String... role) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LockHolder.class.getName(),
                state.toString()));
        command.addAll(List.of(role));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        processes.add(process);
        BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = output.readLine();
        assertThat(line).as("the holder's first line").startsWith("locked");
        assertThat(Files.exists(state.resolve(StateDirectoryLock.FILE_NAME))).isTrue();
        return process;
    }
}
