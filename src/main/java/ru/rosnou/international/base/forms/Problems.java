package ru.rosnou.international.base.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What is wrong with something a person submitted: for each field, the key of its message (in both interface
 * bundles), in the order of the form. Empty when all is well. Every service that checks a form returns this one
 * type, so that every form shows its problems the same way: {@code base.ui.FieldMessages} beside the fields of a
 * live form, {@code base.ui.ErrorSummary} at the top of a form sent back as a page.
 *
 * @param byField field name to message key, in the order the fields appear
 */
public record Problems(Map<String, String> byField) {

    private static final Problems NONE = new Problems(Map.of());

    public Problems {
        byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    public static Problems none() {
        return NONE;
    }

    /** Problems found one check at a time; a field keeps the first problem found for it, the one to name. */
    public static Builder builder() {
        return new Builder();
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public int count() {
        return byField.size();
    }

    /** The message key of the field's problem, if it has one. */
    public Optional<String> of(String field) {
        return Optional.ofNullable(byField.get(field));
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The fields with a problem, in the order of the form. */
    public Set<String> fields() {
        return byField.keySet();
    }

    public static final class Builder {

        private final Map<String, String> byField = new LinkedHashMap<>();

        private Builder() {}

        public Builder add(String field, String messageKey) {
            byField.putIfAbsent(field, messageKey);
            return this;
        }

        public boolean isEmpty() {
            return byField.isEmpty();
        }

        public Problems build() {
            return byField.isEmpty() ? NONE : new Problems(byField);
        }
    }
}
