package ru.rosnou.international.association.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.rosnou.international.base.i18n.Language;

/** A General Assembly (congress) of the Association, held or planned. */
@Entity
@Table(name = "association_congress")
public class Congress {

    @Id
    private int number;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "city_en")
    private String cityEn;

    @Column(name = "city_ru")
    private String cityRu;

    @Column(name = "host_en")
    private String hostEn;

    @Column(name = "host_ru")
    private String hostRu;

    @Column(name = "outcome_en")
    private String outcomeEn;

    @Column(name = "outcome_ru")
    private String outcomeRu;

    protected Congress() {}

    public int getNumber() {
        return number;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String city(Language language) {
        return language == Language.EN ? cityEn : cityRu;
    }

    public String host(Language language) {
        return language == Language.EN ? hostEn : hostRu;
    }

    public String outcome(Language language) {
        return language == Language.EN ? outcomeEn : outcomeRu;
    }
}
