package ru.rosnou.international;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Types are imported and named by their simple name: a fully qualified name in the code ({@code
 * java.util.List.of(...)}) hides what a class depends on from its imports. The one place two types share a simple
 * name ({@code StaticHtml}, Vaadin's and jsoup's {@code Element}) says so in the code.
 */
class QualifiedNamesTest {

    private static final Pattern QUALIFIED =
            Pattern.compile("(?<![\\w.@\"])(?:java|javax|jakarta|org|com)\\.(?:[a-z]\\w*\\.)+[A-Z]\\w*");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    @Test
    void typesAreNamedByTheirImportedSimpleName() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> p.toString().endsWith(".java")).toList();
            }
            for (Path file : files) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("import ")
                            || line.startsWith("package ")
                            || line.startsWith("*")
                            || line.startsWith("/*")
                            || line.startsWith("//")) {
                        continue;
                    }
                    String code = STRING.matcher(line).replaceAll("\"\"");
                    if (QUALIFIED.matcher(code).find() && !code.contains("org.jsoup.nodes.Element ")) {
                        found.add(file + ":" + (i + 1) + " " + line);
                    }
                }
            }
        }
        assertThat(found).as("import the type and use its simple name").isEmpty();
    }
}
