package ru.rosnou.international.news.search.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader typed into the search field, read as words and "phrases in quotes". Nothing in it is query
 * syntax: {@code * ? ~ ( :} and the like separate words like spaces do, so no input can make a search fail.
 *
 * @param text      the text searched for, as shown back to the reader (shortened to {@link #MAX_LENGTH})
 * @param shortened whether the reader typed more than was searched
 */
public record SearchQuery(String text, List<String> words, List<String> phrases, boolean shortened) {

    /** Longer texts are cut here (at a space when there is one): a search needs a few words, not a page. */
    public static final int MAX_LENGTH = 200;
    /** Words and phrases beyond these are left out, so a query stays a few dozen index lookups. */
    static final int MAX_WORDS = 12;

    static final int MAX_PHRASES = 4;

    private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"");
    /** Anything but letters and digits separates words, and so does an apostrophe not between two of them. */
    private static final Pattern NOT_WORD =
            Pattern.compile("(?:[^\\p{L}\\p{N}'’]|(?<![\\p{L}\\p{N}])['’]|['’](?![\\p{L}\\p{N}]))+");

    public SearchQuery {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
    }

    public static SearchQuery of(String typed) {
        String text = typed == null
                ? ""
                : Normalizer.normalize(typed, Normalizer.Form.NFKC)
                        // Invisible characters (zero-width, bidi controls) vanish, so a word pasted with one stays
                        // whole;
                        // control, private-use and unassigned ones separate words. Neither is shown back.
                        .replaceAll("\\p{Cf}", "")
                        .replaceAll("[\\p{Cc}\\p{Co}\\p{Cn}]", " ")
                        .replaceAll("\\s+", " ")
                        .strip();
        boolean shortened = text.length() > MAX_LENGTH;
        if (shortened) {
            int cut = text.lastIndexOf(' ', MAX_LENGTH);
            text = text.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH).strip();
        }
        List<String> phrases = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        Matcher matcher = PHRASE.matcher(text);
        int last = 0;
        while (matcher.find()) {
            rest.append(text, last, matcher.start()).append(' ');
            List<String> phraseWords = split(matcher.group(1));
            if (phraseWords.size() > 1 && phrases.size() < MAX_PHRASES) {
                phrases.add(String.join(" ", phraseWords));
            } else {
                rest.append(matcher.group(1)).append(' ');
            }
            last = matcher.end();
        }
        rest.append(text.substring(last));
        List<String> words = split(rest.toString());
        return new SearchQuery(text, words.subList(0, Math.min(words.size(), MAX_WORDS)), phrases, shortened);
    }

    /** Whether there is anything to search for: a word or a phrase. */
    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    /** Whether a word is long enough to forgive one typo in it. */
    static boolean forgivesTypo(String word) {
        return word.codePointCount(0, word.length()) >= 5;
    }

    private static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(text)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
