package ru.rosnou.international.news.media.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An image an editor uploaded, kept in the database with the content type its bytes proved to have. It is
 * published under its public name, random and unguessable, never under its sequential id.
 */
@Entity
@Table(name = "media_file")
public class MediaFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_name", nullable = false, unique = true, updatable = false)
    private String publicName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    /** "bytea" on PostgreSQL, binary varying on H2: plain bytes, no large-object handles to clean up. */
    @JdbcTypeCode(SqlTypes.LONGVARBINARY)
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] data;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected MediaFile() {}

    public MediaFile(String publicName, String contentType, byte[] data, Instant uploadedAt) {
        this.publicName = publicName;
        this.contentType = contentType;
        this.data = data;
        this.sizeBytes = data.length;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public String getPublicName() {
        return publicName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getData() {
        return data;
    }
}
