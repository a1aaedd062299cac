package ru.rosnou.international;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The production launch as the repository ships it (the systemd unit and the README's command): an instance
 * that runs out of memory exits and is started again, and one that does not stop is killed.
 */
class DeploymentTest {

    private static List<String> unit() throws IOException {
        return Files.readAllLines(Path.of("deploy/rosnou-news.service"));
    }

    private static String setting(String name) throws IOException {
        return unit().stream()
                .filter(line -> line.startsWith(name + "="))
                .map(line -> line.substring(name.length() + 1))
                .findFirst()
                .orElse("");
    }

    @Test
    void theServiceExitsOnOutOfMemoryAndIsAlwaysRestarted() throws IOException {
        assertThat(setting("ExecStart")).contains("java ", "-XX:+ExitOnOutOfMemoryError", "-Xmx", "-jar ");
        assertThat(setting("Restart")).isEqualTo("always");
        assertThat(setting("RestartSec")).isEqualTo("2");
        assertThat(setting("StartLimitIntervalSec"))
                .as("never gives up restarting")
                .isEqualTo("0");
        assertThat(setting("TimeoutStopSec")).as("killed when it does not stop").isNotEmpty();
        assertThat(setting("KillMode")).isIn("mixed", "control-group");
    }

    @Test
    void theReadmesProductionCommandExitsOnOutOfMemoryToo() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String production = readme.substring(readme.indexOf("## Production build"));
        assertThat(production)
                .contains("java -Xmx512m -XX:+ExitOnOutOfMemoryError -jar")
                .contains("deploy/rosnou-news.service");
    }
}
