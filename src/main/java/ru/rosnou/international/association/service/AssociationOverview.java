package ru.rosnou.international.association.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ru.rosnou.international.news.domain.ArticleSummary;

/** The Association page's content in one language. */
public record AssociationOverview(
        String name,
        String alternativeName,
        String founding,
        String purpose,
        String coChairs,
        String rosnouRole,
        String directorate,
        List<MemberCount> memberCounts,
        List<CongressEntry> congresses,
        List<ArticleSummary> news) {

    /** The latest count we have, with its date. */
    public MemberCount currentMemberCount() {
        return memberCounts.get(memberCounts.size() - 1);
    }

    /** The first congress not yet held, if one has been announced. */
    public Optional<CongressEntry> nextCongress() {
        return congresses.stream().filter(congress -> !congress.held()).findFirst();
    }

    public record MemberCount(LocalDate asOf, Integer perSide, int total, String note) {}

    public record CongressEntry(
            int number, LocalDate startsOn, LocalDate endsOn, String city, String host, String outcome, boolean held) {}
}
