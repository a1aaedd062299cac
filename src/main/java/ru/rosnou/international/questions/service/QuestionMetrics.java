package ru.rosnou.international.questions.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Counts the questions readers send, by the language of the form, for the site's metrics. */
@Component
class QuestionMetrics {

    private final MeterRegistry registry;

    QuestionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void received(QuestionReceived question) {
        Counter.builder("rosnou.questions.received")
                .description("Questions stored, by the form's language")
                .tag("language", question.language().code())
                .register(registry)
                .increment();
    }
}
