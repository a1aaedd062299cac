package ru.rosnou.international;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.web.SiteAddresses;

/**
 * The site's addresses are written once, in {@code base.web.SiteAddresses}, and a language's code only in
 * {@code base.i18n.Language}: no other main source file has a string literal that is a workspace address, an
 * English address, an uploaded image's address, the news' address or a language code. (The released migration
 * {@code MediaPublicNames} keeps the addresses of its time.)
 */
class AddressLiteralsTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path ADDRESSES = MAIN.resolve("ru/rosnou/international/base/web/SiteAddresses.java");
    private static final Path LANGUAGE = MAIN.resolve("ru/rosnou/international/base/i18n/Language.java");
    private static final Path MIGRATION =
            MAIN.resolve("ru/rosnou/international/news/media/domain/MediaPublicNames.java");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    /** What a literal must not be, by what it would be. */
    private static final Map<String, Pattern> ADDRESS_KINDS = Map.of(
            "a workspace address", Pattern.compile("^/?(en/)?editor(/.*)?$"),
            "an English address", Pattern.compile("^/?en(/.*)?$"),
            "an uploaded image's address", Pattern.compile("^/?media/.*"),
            "the news' address", Pattern.compile("^/?info-center/.*"));

    private static final Pattern LANGUAGE_CODE = Pattern.compile("^(ru|en)$");

    @Test
    void addressesAreWrittenOnlyInTheTableOfAddresses() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            if (file.equals(ADDRESSES) || file.equals(MIGRATION) || file.equals(LANGUAGE)) {
                continue;
            }
            literals(
                    file,
                    (line, literal) -> ADDRESS_KINDS.forEach((kind, pattern) -> {
                        if (pattern.matcher(literal).matches()) {
                            found.add(file + ":" + line + " \"" + literal + "\" is " + kind);
                        }
                    }));
        }
        assertThat(found).as("use the constants of SiteAddresses").isEmpty();
    }

    @Test
    void languageCodesAreWrittenOnlyInLanguage() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            if (file.equals(LANGUAGE) || file.equals(ADDRESSES)) {
                continue;
            }
            literals(file, (line, literal) -> {
                if (LANGUAGE_CODE.matcher(literal).matches()) {
                    found.add(file + ":" + line + " \"" + literal + "\"");
                }
            });
        }
        assertThat(found)
                .as("pass a Language; write its code() only where it leaves the program")
                .isEmpty();
    }

    @Test
    void theEnglishPrefixOfTheTableIsTheLanguages() {
        assertThat(SiteAddresses.EN_HOME).isEqualTo(Language.EN.path(""));
        assertThat(SiteAddresses.EN + SiteAddresses.ASK).isEqualTo(Language.EN.path(SiteAddresses.ASK));
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        }
    }

    private interface LiteralConsumer {
        void accept(int line, String literal);
    }

    /** The string literals of the file's code lines (comments and text blocks are not looked at). */
    private static void literals(Path file, LiteralConsumer consumer) throws IOException {
        List<String> lines = Files.readAllLines(file);
        boolean inTextBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.contains("\"\"\"")) {
                inTextBlock = !inTextBlock;
                continue;
            }
            if (inTextBlock || line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
                continue;
            }
            Matcher matcher = LITERAL.matcher(line);
            while (matcher.find()) {
                consumer.accept(i + 1, matcher.group(1));
            }
        }
    }
}
