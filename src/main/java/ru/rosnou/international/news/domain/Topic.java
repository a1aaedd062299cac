package ru.rosnou.international.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import ru.rosnou.international.base.i18n.Language;

/** A subject that articles share; the basis of topic filters and related reading. */
@Entity
@Table(name = "topic")
public class Topic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ru", nullable = false)
    private String nameRu;

    protected Topic() {}

    public Topic(String slug, String nameEn, String nameRu) {
        this.slug = slug;
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameRu() {
        return nameRu;
    }

    public String name(Language language) {
        return language == Language.EN ? nameEn : nameRu;
    }
}
