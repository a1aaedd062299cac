package ru.rosnou.international.association.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.rosnou.international.base.i18n.Language;

/** A member count and the month it was true in; sources disagree, so every count keeps its date. */
@Entity
@Table(name = "association_membership")
public class Membership {

    @Id
    private Long id;

    @Column(name = "as_of")
    private LocalDate asOf;

    /** Universities on each side, when the source gives it. */
    @Column(name = "per_side")
    private Integer perSide;

    private int total;

    @Column(name = "note_en")
    private String noteEn;

    @Column(name = "note_ru")
    private String noteRu;

    protected Membership() {}

    public LocalDate getAsOf() {
        return asOf;
    }

    public Integer getPerSide() {
        return perSide;
    }

    public int getTotal() {
        return total;
    }

    public String note(Language language) {
        return language == Language.EN ? noteEn : noteRu;
    }
}
