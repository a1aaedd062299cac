package ru.rosnou.international.news.search.service;

import java.util.ArrayList;
import java.util.List;
import ru.rosnou.international.news.search.domain.ArticleIndex;

/**
 * A piece of text with the words a search matched marked, as parts rather than markup: the page draws each part
 * as text (marked ones in {@code <mark>}), so nothing in an article or a query can ever become markup.
 */
public record HighlightedText(List<Part> parts) {

    public record Part(String text, boolean marked) {}

    public HighlightedText {
        parts = List.copyOf(parts);
    }

    public static HighlightedText plain(String text) {
        return new HighlightedText(text == null || text.isEmpty() ? List.of() : List.of(new Part(text, false)));
    }

    /** Reads the highlighter's output, in which matched words stand between {@link ArticleIndex}'s marks. */
    static HighlightedText fromHighlighter(String highlighted) {
        List<Part> parts = new ArrayList<>();
        int at = 0;
        while (at < highlighted.length()) {
            int start = highlighted.indexOf(ArticleIndex.MARK_START, at);
            if (start < 0) {
                parts.add(new Part(highlighted.substring(at), false));
                break;
            }
            if (start > at) {
                parts.add(new Part(highlighted.substring(at, start), false));
            }
            int end = highlighted.indexOf(ArticleIndex.MARK_END, start);
            if (end < 0) {
                end = highlighted.length();
            }
            parts.add(new Part(highlighted.substring(start + 1, end), true));
            at = end + 1;
        }
        return new HighlightedText(
                parts.stream().filter(part -> !part.text().isEmpty()).toList());
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }

    public boolean hasMarks() {
        return parts.stream().anyMatch(Part::marked);
    }
}
