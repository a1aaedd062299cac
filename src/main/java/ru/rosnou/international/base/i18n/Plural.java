package ru.rosnou.international.base.i18n;

/**
 * The plural form a count takes in a language, as CLDR names them: English has "one" and "many" (1 result,
 * 5 results); Russian "one", "few" and "many" (1, 21 результат; 2, 34 результата; 5, 11, 112 результатов).
 * Message keys end in the form: {@code search.count.one}, {@code .few}, {@code .many}.
 */
public final class Plural {

    private Plural() {}

    public static String of(Language language, long count) {
        long n = Math.abs(count);
        if (language == Language.EN) {
            return n == 1 ? "one" : "many";
        }
        long lastDigit = n % 10;
        long lastTwo = n % 100;
        if (lastDigit == 1 && lastTwo != 11) {
            return "one";
        }
        if (lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return "few";
        }
        return "many";
    }
}
