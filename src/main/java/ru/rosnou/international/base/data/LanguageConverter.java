package ru.rosnou.international.base.data;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;
import ru.rosnou.international.base.i18n.Language;

/**
 * Stores a {@link Language} as its code ({@code ru}, {@code en}), the form the columns have always held, so that
 * entities, queries and repositories speak of languages, not strings. Applied to every {@code Language} attribute.
 */
@Converter(autoApply = true)
public class LanguageConverter implements AttributeConverter<Language, String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable Language language) {
        return language == null ? null : language.code();
    }

    @Override
    public @Nullable Language convertToEntityAttribute(@Nullable String code) {
        return code == null ? null : Language.ofCode(code);
    }
}
