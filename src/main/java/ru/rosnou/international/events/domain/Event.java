package ru.rosnou.international.events.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import ru.rosnou.international.base.i18n.DateFormats;
import ru.rosnou.international.base.i18n.Language;

/**
 * Something the international office holds or takes part in, in one or both languages ({@link EventText}). Its
 * times are local times in its own zone (Moscow for the university's own events); an all-day event runs from the
 * first day to the last, both included. The {@code uid} never changes (calendars recognise the event by it), and
 * the {@code sequence} goes up with every change, as iCalendar asks.
 */
@Entity
@Table(name = "calendar_event")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_uid", nullable = false, updatable = false)
    private String uid;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    /** For an all-day event the start of its last day. */
    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "zone_id", nullable = false)
    private String zoneId;

    @Column(name = "all_day", nullable = false)
    private boolean allDay;

    /** When it begins, for ordering. */
    @Column(name = "starts_instant", nullable = false)
    private Instant startsInstant;

    /** When it is over (for an all-day event, the midnight after its last day): after that it is past. */
    @Column(name = "ends_instant", nullable = false)
    private Instant endsInstant;

    @Column(nullable = false)
    private boolean online;

    @Column(name = "online_url")
    private @Nullable String onlineUrl;

    @Column(name = "registration_url")
    private @Nullable String registrationUrl;

    @Column(name = "registration_deadline")
    private @Nullable LocalDate registrationDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventStatus status = EventStatus.PLANNED;

    @Column(name = "sequence_number", nullable = false)
    private int sequence;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Few and small, and read with the event every time: fetched with it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_event_text", joinColumns = @JoinColumn(name = "event_id"))
    private List<EventText> texts = new ArrayList<>();

    protected Event() {}

    public Event(String uid) {
        this.uid = uid;
    }

    /**
     * Sets when the event is: local times in the zone; for an all-day event only the dates count (the first and
     * the last day).
     */
    public void schedule(LocalDateTime start, LocalDateTime end, ZoneId zone, boolean allDay) {
        LocalDateTime first = allDay ? start.toLocalDate().atStartOfDay() : start;
        LocalDateTime last = allDay ? end.toLocalDate().atStartOfDay() : end;
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("An event cannot end before it starts");
        }
        this.startsAt = first;
        this.endsAt = last;
        this.zoneId = zone.getId();
        this.allDay = allDay;
        this.startsInstant = first.atZone(zone).toInstant();
        this.endsInstant = allDay
                ? last.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant()
                : last.atZone(zone).toInstant();
    }

    public void setAttendance(boolean online, @Nullable String onlineUrl) {
        this.online = online || onlineUrl != null;
        this.onlineUrl = onlineUrl;
    }

    public void setRegistration(@Nullable String url, @Nullable LocalDate deadline) {
        this.registrationUrl = url;
        this.registrationDeadline = deadline;
    }

    public void setStatus(EventStatus status) {
        this.status = status;
    }

    /** Records a change at the moment given: the sequence goes up, except for the first save. */
    public void changed(Instant at) {
        if (updatedAt != null) {
            sequence++;
        }
        updatedAt = at;
    }

    public Optional<EventText> text(Language language) {
        return texts.stream().filter(t -> t.getLanguage() == language).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getUid() {
        return uid;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public ZoneId getZone() {
        return DateFormats.zone(zoneId);
    }

    public boolean isAllDay() {
        return allDay;
    }

    public Instant getStartsInstant() {
        return startsInstant;
    }

    public Instant getEndsInstant() {
        return endsInstant;
    }

    public boolean isOnline() {
        return online;
    }

    public @Nullable String getOnlineUrl() {
        return onlineUrl;
    }

    public @Nullable String getRegistrationUrl() {
        return registrationUrl;
    }

    public @Nullable LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public EventStatus getStatus() {
        return status;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<EventText> getTexts() {
        return texts;
    }
}
