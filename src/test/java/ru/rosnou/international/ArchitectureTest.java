package ru.rosnou.international;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.springframework.data.repository.Repository;

/** The package rules: views talk to services, services to repositories; the domain depends on nothing above. */
@AnalyzeClasses(packages = "ru.rosnou.international", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNothingAbove = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..service..", "..ui..")
            .as("the domain depends on nothing above it");

    @ArchTest
    static final ArchRule servicesDoNotKnowTheUi = noClasses()
            .that().resideInAPackage("..service..")
            .should().dependOnClassesThat().resideInAPackage("..ui..")
            .orShould().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .as("services know nothing of the UI");

    @ArchTest
    static final ArchRule viewsGoThroughServices = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .as("views use services, never repositories or entities");

    @ArchTest
    static final ArchRule baseKnowsNoFeatureUi = noClasses()
            .that().resideInAPackage("ru.rosnou.international.base..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "ru.rosnou.international.news.ui..", "ru.rosnou.international.association.ui..",
                    "ru.rosnou.international.questions.ui..", "ru.rosnou.international.social.ui..")
            .as("the shared base does not depend on any feature's views");

    @ArchTest
    static final ArchRule baseI18nIsPlainJava = noClasses()
            .that().resideInAPackage("ru.rosnou.international.base.i18n..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..")
            .as("language and date rules are plain Java, usable from every layer");
}
