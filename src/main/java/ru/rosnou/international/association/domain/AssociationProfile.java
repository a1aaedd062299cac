package ru.rosnou.international.association.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import ru.rosnou.international.base.i18n.Language;

/** The Association's names and standing facts in one language. */
@Entity
@Table(name = "association_profile")
public class AssociationProfile {

    @Id
    @Column(length = 2)
    private String language;

    private String name;

    @Column(name = "alternative_name")
    private String alternativeName;

    private String founding;

    private String purpose;

    @Column(name = "co_chairs")
    private String coChairs;

    @Column(name = "rosnou_role")
    private String rosnouRole;

    private String directorate;

    protected AssociationProfile() {}

    public Language getLanguage() {
        return Language.ofCode(language);
    }

    public String getName() {
        return name;
    }

    public String getAlternativeName() {
        return alternativeName;
    }

    public String getFounding() {
        return founding;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getCoChairs() {
        return coChairs;
    }

    public String getRosnouRole() {
        return rosnouRole;
    }

    public String getDirectorate() {
        return directorate;
    }
}
