package ru.rosnou.international.questions.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * When the question form was shown, written into the form itself: the page keeps no session, so the time travels
 * with the form, signed so that a robot cannot claim to have read it for minutes. Instances behind one load
 * balancer share the key ({@code app.questions.form-key}); without one each instance makes its own, and a form
 * shown by another instance counts as just shown (the reader is asked to send it again, keeping what was typed).
 */
@Component
public class FormStamps {

    private static final String ALGORITHM = "HmacSHA256";

    private final Clock clock;
    private final SecretKeySpec key;

    public FormStamps(Clock clock, QuestionSettings settings) {
        this.clock = clock;
        String configuredKey = settings.formKey();
        byte[] secret = configuredKey.isBlank() ? randomKey() : configuredKey.getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** A stamp for a form shown now. */
    public String issue() {
        String millis = Long.toString(clock.millis());
        return millis + "." + signature(millis);
    }

    /** The stamp as sent back with its form, if it is one of ours. */
    public Optional<FormStamp> read(String stamp) {
        return shownAt(stamp).map(shownAt -> new FormStamp(shownAt, stamp));
    }

    /** When the form with this stamp was shown, if the stamp is one of ours. */
    public Optional<Instant> shownAt(String stamp) {
        if (stamp == null || stamp.length() > 100) {
            return Optional.empty();
        }
        int dot = stamp.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String millis = stamp.substring(0, dot);
        byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, signature(millis).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(millis)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String signature(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] randomKey() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }
}
