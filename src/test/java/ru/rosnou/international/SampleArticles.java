package ru.rosnou.international;

/** Well-known sample content the tests refer to. */
public final class SampleArticles {

    public static final String SEED_SLUG =
            "rosnou-prinyal-uchastie-v-obsuzhdenii-partnerstva-mezhdu-rossiyskimi-i-yaponskimi-vuzami";
    public static final String SEED_EN_PATH = "en/info-center/inform/" + SEED_SLUG;
    public static final String SEED_RU_PATH = "info-center/inform/" + SEED_SLUG;
    public static final String SEED_EN_TITLE = "RosNOU discusses partnership between Russian and Japanese universities";
    public static final String SEED_RU_TITLE =
            "РосНОУ принял участие в обсуждении партнерства между российскими и японскими вузами";

    private SampleArticles() {}
}
