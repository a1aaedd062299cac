package ru.rosnou.international.association.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rosnou.international.association.domain.AssociationProfileRepository;
import ru.rosnou.international.association.domain.CongressRepository;
import ru.rosnou.international.association.domain.MembershipRepository;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.news.domain.ArticleSummary;
import ru.rosnou.international.news.service.NewsService;

@SpringBootTest
@ActiveProfiles("test")
class AssociationServiceTest {

    @Autowired
    AssociationProfileRepository profiles;

    @Autowired
    MembershipRepository memberships;

    @Autowired
    CongressRepository congresses;

    @Autowired
    NewsService news;

    private AssociationService on(LocalDate day) {
        Clock clock = Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new AssociationService(profiles, memberships, congresses, news, clock);
    }

    @Test
    void todayEveryKnownCongressHasBeenHeldAndNoNextOneIsAnnounced() {
        AssociationOverview overview = on(LocalDate.of(2026, 11, 26)).overview(Language.EN);

        assertThat(overview.congresses())
                .extracting(AssociationOverview.CongressEntry::city)
                .containsExactly("Sapporo", "Moscow", "Niigata");
        assertThat(overview.congresses()).allMatch(AssociationOverview.CongressEntry::held);
        assertThat(overview.nextCongress()).isEmpty();
    }

    @Test
    void inTheSeedArticlesTimeNiigataWasTheNextCongress() {
        AssociationOverview overview = on(LocalDate.of(2020, 9, 25)).overview(Language.EN);

        assertThat(overview.nextCongress())
                .map(AssociationOverview.CongressEntry::city)
                .contains("Niigata");
        assertThat(overview.congresses().get(1).held()).isTrue();
    }

    @Test
    void memberCountsKeepTheirDatesAndTheLatestIsCurrent() {
        AssociationOverview overview = on(LocalDate.of(2026, 11, 26)).overview(Language.RU);

        assertThat(overview.memberCounts())
                .extracting(AssociationOverview.MemberCount::total)
                .containsExactly(42, 54, 63);
        assertThat(overview.currentMemberCount().asOf()).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(overview.memberCounts().get(1).perSide()).isEqualTo(27);
    }

    @Test
    void theOverviewIsInTheRequestedLanguageWithItsNews() {
        AssociationOverview russian = on(LocalDate.of(2026, 11, 26)).overview(Language.RU);

        assertThat(russian.name()).isEqualTo("Ассоциация японских и российских университетов");
        assertThat(russian.rosnouRole()).contains("27");
        assertThat(russian.news())
                .isNotEmpty()
                .extracting(ArticleSummary::language)
                .containsOnly(Language.RU);
        assertThat(russian.news()).hasSizeLessThanOrEqualTo(5);
    }
}
