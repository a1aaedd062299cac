package ru.rosnou.international.social.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A social network profile shown in the footer of every page. */
@Entity
@Table(name = "social_profile")
public class SocialProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SocialNetwork network;

    @Column(nullable = false)
    private String url;

    /** What a screen reader announces for the link, e.g. "RosNOU on VK". */
    @Column(name = "accessible_name", nullable = false)
    private String accessibleName;

    @Column(nullable = false)
    private int position;

    protected SocialProfile() {}

    public SocialProfile(SocialNetwork network, String url, String accessibleName, int position) {
        this.network = network;
        this.url = url;
        this.accessibleName = accessibleName;
        this.position = position;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public SocialNetwork getNetwork() {
        return network;
    }

    public String getUrl() {
        return url;
    }

    public String getAccessibleName() {
        return accessibleName;
    }

    public int getPosition() {
        return position;
    }
}
