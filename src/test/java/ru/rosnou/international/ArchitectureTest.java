package ru.rosnou.international;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The package rules, from the bottom up: {@code base} (shared parts) knows no feature; {@code security} (accounts,
 * sign-in, roles) builds on base only; {@code workspace} (the editors' frame, home and users page) on both; the
 * features ({@code accessibility}, {@code association}, {@code events}, {@code news}, {@code questions}, {@code social}) on those
 * and on each other's services, never on each other's views; {@code site} (the layout and the first-response
 * renderer) puts them together and nothing depends on it. Inside a feature, views talk to services, services to
 * repositories, and the domain depends on nothing above it. The news keeps search and media in rooms of their own
 * ({@code news.search}, {@code news.media}) with the same three layers, built on the news' domain and services and
 * not on each other.
 */
@AnalyzeClasses(packages = "ru.rosnou.international", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "ru.rosnou.international";

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching(ROOT + ".(*)..")
            .should()
            .beFreeOfCycles()
            .as("no cycles between the top-level packages (features, base, security, workspace, site)");

    @ArchTest
    static final ArchRule baseKnowsNoFeature = noClasses()
            .that()
            .resideInAPackage(ROOT + ".base..")
            .should()
            .dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAPackage(ROOT + ".base.."))))
            .as("base is below the features: it depends on nothing else of the site");

    @ArchTest
    static final ArchRule securityBuildsOnBaseOnly = noClasses()
            .that()
            .resideInAPackage(ROOT + ".security..")
            .should()
            .dependOnClassesThat(
                    resideInAPackage(ROOT + "..").and(not(resideInAnyPackage(ROOT + ".base..", ROOT + ".security.."))))
            .as("security depends only on base");

    @ArchTest
    static final ArchRule workspaceBuildsOnBaseAndSecurity = noClasses()
            .that()
            .resideInAPackage(ROOT + ".workspace..")
            .should()
            .dependOnClassesThat(resideInAPackage(ROOT + "..")
                    .and(not(resideInAnyPackage(ROOT + ".base..", ROOT + ".security..", ROOT + ".workspace.."))))
            .as("the shared workspace parts depend only on base and security, so that every feature may use them");

    @ArchTest
    static final ArchRule nothingDependsOnTheSite = noClasses()
            .that()
            .resideOutsideOfPackage(ROOT + ".site..")
            .and()
            .doNotHaveFullyQualifiedName(ROOT + ".Application")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT + ".site..")
            .as("the site's layout and renderer put the features together; nothing depends on them");

    @ArchTest
    static final ArchRule featureViewsDoNotUseOtherFeaturesViews = slices().matching(ROOT + ".(*)..ui..")
            .should()
            .notDependOnEachOther()
            .ignoreDependency(
                    DescribedPredicate.alwaysTrue(), resideInAnyPackage(ROOT + ".base.ui..", ROOT + ".workspace.ui.."))
            .as("a feature's views do not use another feature's views (shared parts live in base.ui or workspace.ui)");

    @ArchTest
    static final ArchRule newsCoreKnowsNoRoom = noClasses()
            .that()
            .resideInAnyPackage(ROOT + ".news.domain..", ROOT + ".news.service..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ROOT + ".news.search..", ROOT + ".news.media..")
            .as("the news' own domain and services know nothing of its search and media rooms, which build on them");

    @ArchTest
    static final ArchRule newsViewsUseNoRoomsViews = noClasses()
            .that()
            .resideInAPackage(ROOT + ".news.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ROOT + ".news.search..", ROOT + ".news.media.ui..")
            .as("the news views do not use the search room, nor the media room's views (the editors' image list"
                    + " stores uploads through news.media.service)");

    @ArchTest
    static final ArchRule searchKnowsNoMedia = noClasses()
            .that()
            .resideInAPackage(ROOT + ".news.search..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT + ".news.media..")
            .as("the search room of news does not know the media room");

    @ArchTest
    static final ArchRule mediaKnowsNoSearch = noClasses()
            .that()
            .resideInAPackage(ROOT + ".news.media..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT + ".news.search..")
            .as("the media room of news does not know the search room");

    @ArchTest
    static final ArchRule noCyclesBetweenTheRoomsOfNews = slices().matching(ROOT + ".news.(*)..")
            .should()
            .beFreeOfCycles()
            .as("no cycles between the parts of news (its domain, service and ui, the search and media rooms)");

    @ArchTest
    static final ArchRule domainDependsOnNothingAbove = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..service..", "..ui..")
            .as("the domain depends on nothing above it");

    @ArchTest
    static final ArchRule servicesDoNotKnowTheUi = noClasses()
            .that()
            .resideInAPackage("..service..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..ui..")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin..")
            .as("services know nothing of the UI");

    @ArchTest
    static final ArchRule viewsGoThroughServices = noClasses()
            .that()
            .resideInAnyPackage("..ui..", ROOT + ".site..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class)
            .orShould()
            .dependOnClassesThat()
            .areAnnotatedWith(Entity.class)
            .as("views use services, never repositories or entities");

    @ArchTest
    static final ArchRule repositoriesOnlyFromServices = noClasses()
            .that()
            .resideOutsideOfPackages("..service..", "..domain..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class)
            .as("repositories are used only by services");

    @ArchTest
    static final ArchRule noConfigurationInViews = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .beAnnotatedWith(Configuration.class)
            .as("views hold no Spring configuration");

    @ArchTest
    static final ArchRule servicesUsingRepositoriesAreTransactional = classes()
            .that()
            .resideInAPackage("..service..")
            .and()
            .areAnnotatedWith(Service.class)
            .should(workInTransactionsWhenTheyUseRepositories())
            .as("a service that uses repositories works in transactions (the class, or each of its public methods)");

    @ArchTest
    static final ArchRule languageAndDatesArePlainJava = noClasses()
            .that()
            .resideInAPackage(ROOT + ".base.i18n..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.vaadin..", "org.springframework..")
            .as("language and date rules are plain Java, usable from every layer");

    @ArchTest
    static final ArchRule theTimeZoneIsNamedOnce = noClasses()
            .that()
            .resideOutsideOfPackage(ROOT + ".base.i18n..")
            .should()
            .callMethod(ZoneId.class, "of", String.class)
            .as("the site's time zone is named once, in DateFormats.ZONE");

    @ArchTest
    static final ArchRule datesAreWrittenThroughDateFormats = noClasses()
            .that()
            .resideOutsideOfPackages(ROOT + ".base.i18n..", ROOT + ".operations..")
            .should()
            .callMethod(DateTimeFormatter.class, "ofPattern", String.class)
            .orShould()
            .callMethod(DateTimeFormatter.class, "ofPattern", String.class, Locale.class)
            .as("dates readers and editors see are written through DateFormats (operations' file stamps aside)");

    @ArchTest
    static final ArchRule vaadinInternalsInOneClass = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(ROOT + ".base.reading.CurrentVaadin")
            .should()
            .dependOnClassesThat(resideInAnyPackage(
                            "com.vaadin.flow.internal..",
                            "com.vaadin.flow.router.internal..",
                            "com.vaadin.flow.server.communication..")
                    // The documented way to change the page Vaadin's client starts from, though in that package.
                    .and(not(JavaClass.Predicates.simpleName("IndexHtmlRequestListener")
                            .or(JavaClass.Predicates.simpleName("IndexHtmlResponse")))))
            .as("Vaadin's internals (CurrentInstance, the route registry's classes) are used in one small class,"
                    + " base.reading.CurrentVaadin, so that a Vaadin upgrade that changes them is one place to mend");

    @ArchTest
    static final ArchRule signInDoesNotKnowItsPage = noClasses()
            .that()
            .resideInAPackage(ROOT + ".security")
            .and()
            .doNotHaveSimpleName("SecurityConfig")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT + ".security.ui..")
            .as(
                    "sign-in's handlers know the login page by its address (SiteAddresses.WORKSPACE_LOGIN), not by its view;"
                            + " only SecurityConfig names the view, to Vaadin");

    @ArchTest
    static final ArchRule workspacePagesAreWorkspacePages = classes()
            .that()
            .areAnnotatedWith(Route.class)
            .and()
            .areAnnotatedWith(RolesAllowed.class)
            .should()
            .beAssignableTo(ROOT + ".workspace.ui.WorkspacePage")
            .as("a page of the editors' workspace extends WorkspacePage (heading, navigation, title, other language)");

    /**
     * A language is a {@code Language} wherever it is passed: a code ({@code "en"}) is written only where it leaves
     * the program (an HTML attribute, a cookie, a URL, a bundle, a database column or an index field) and read only
     * where it comes in ({@code Language.ofCode}, {@code Language.ofPath}).
     */
    @ArchTest
    static final ArchRule languagesArePassedAsLanguage = classes()
            .should(passLanguagesAsLanguage())
            .as("no method or constructor takes a language as a String (a parameter named language, lang,"
                    + " languageCode or ...Language) or returns one (a method named ...language...)");

    /** Settings come in {@code @ConfigurationProperties} records grouped by concern, with their defaults in one place. */
    @ArchTest
    static final ArchRule settingsComeAsConfigurationRecords = classes()
            .should(takeNoValueAnnotation())
            .as("settings come as @ConfigurationProperties records, not @Value");

    private static ArchCondition<JavaClass> takeNoValueAnnotation() {
        return new ArchCondition<>("take no @Value") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaField field : type.getFields()) {
                    if (field.isAnnotatedWith(Value.class)) {
                        events.add(SimpleConditionEvent.violated(field, field.getFullName() + " has @Value"));
                    }
                }
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (unit.isAnnotatedWith(Value.class)
                            || unit.getParameters().stream()
                                    .anyMatch(parameter -> parameter.isAnnotatedWith(Value.class))) {
                        events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " takes @Value"));
                    }
                }
            }
        };
    }

    private static final Pattern LANGUAGE_NAME = Pattern.compile("(?i)lang|language(code)?|.*Language(code)?");

    private static ArchCondition<JavaClass> passLanguagesAsLanguage() {
        return new ArchCondition<>("pass languages as Language") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (unit.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                        continue;
                    }
                    if (unit instanceof JavaMethod method
                            && method.getRawReturnType().isEquivalentTo(String.class)
                            && method.getName().toLowerCase(Locale.ROOT).contains("language")) {
                        events.add(SimpleConditionEvent.violated(
                                method, method.getFullName() + " returns a language as a String"));
                    }
                    if (unit.getRawParameterTypes().stream().noneMatch(t -> t.isEquivalentTo(String.class))) {
                        continue;
                    }
                    for (Parameter parameter : ((Executable) unit.reflect()).getParameters()) {
                        if (!parameter.isNamePresent()) {
                            events.add(SimpleConditionEvent.violated(
                                    unit, unit.getFullName() + " was compiled without parameter names (-parameters)"));
                        } else if (parameter.getType() == String.class
                                && LANGUAGE_NAME.matcher(parameter.getName()).matches()) {
                            events.add(SimpleConditionEvent.violated(
                                    unit,
                                    unit.getFullName() + " takes a language as a String (" + parameter.getName()
                                            + "): take a Language"));
                        }
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> workInTransactionsWhenTheyUseRepositories() {
        return new ArchCondition<>("work in transactions when they use repositories") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                boolean usesRepositories = service.getDirectDependenciesFromSelf().stream()
                        .anyMatch(dependency -> dependency.getTargetClass().isAssignableTo(Repository.class));
                if (!usesRepositories || service.isAnnotatedWith(Transactional.class)) {
                    return;
                }
                for (JavaMethod method : service.getMethods()) {
                    if (method.getModifiers().contains(JavaModifier.PUBLIC)
                            && !method.getModifiers().contains(JavaModifier.STATIC)
                            && !method.isAnnotatedWith(Transactional.class)) {
                        events.add(SimpleConditionEvent.violated(
                                method, method.getFullName() + " uses repositories outside a transaction"));
                    }
                }
            }
        };
    }
}
