package ru.rosnou.international.questions.service;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The question form's guards against robots ({@code app.questions.*}).
 *
 * @param minimumFillTime the least time between showing the form and sending it that a person needs
 * @param limitPerClient  questions one client may send within {@code limitWindow}
 * @param formKey         the key that signs the form's time stamp; instances behind one balancer share it (a
 *                        random one per start when empty)
 * @param formMaxAge      how long a shown form may be sent; an older one comes back with what was typed, to be
 *                        sent again (each form's stamp is good for one question in any case)
 */
@ConfigurationProperties("app.questions")
public record QuestionSettings(
        @DefaultValue("3s") Duration minimumFillTime,
        @DefaultValue("3") int limitPerClient,
        @DefaultValue("10m") Duration limitWindow,
        @Nullable String formKey,
        @DefaultValue("2h") Duration formMaxAge) {

    public QuestionSettings {
        formKey = formKey == null ? "" : formKey;
    }
}
