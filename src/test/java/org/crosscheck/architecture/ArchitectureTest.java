package org.crosscheck.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The layering rules of STYLE.md, checked on every build. */
@AnalyzeClasses(packages = "org.crosscheck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineHasNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.crosscheck.domain..", "org.crosscheck.ingest..", "org.crosscheck.linkage..",
                    "org.crosscheck.review..", "org.crosscheck.export..", "org.crosscheck.storage..",
                    "org.crosscheck.insight..", "org.crosscheck.tasking..", "org.crosscheck.sampledata..",
                    "org.crosscheck.bench..", "org.crosscheck.cli..", "org.crosscheck.settings..",
                    "org.crosscheck.charts..")
            .or().resideInAPackage("org.crosscheck.jobs")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the engine runs on worker threads and must be testable without the FX toolkit");

    @ArchTest
    static final ArchRule jooqStaysInStorage = noClasses()
            .that().resideOutsideOfPackage("org.crosscheck.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.crosscheck.storage.jooq..")
            .because("all SQL goes through the repositories");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchTheSceneGraph = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("view models are tested without the toolkit");

    @ArchTest
    static final ArchRule controllersDoNotUseStorage = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().resideInAPackage("org.crosscheck.storage..");

    @ArchTest
    static final ArchRule engineDoesNotDependOnUi = noClasses()
            .that().resideOutsideOfPackages("org.crosscheck.ui..", "org.crosscheck.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.crosscheck.ui..", "org.crosscheck.app..");

    @ArchTest
    static final ArchRule reviewDoesNotReachIntoOtherEngineParts = noClasses()
            .that().resideInAPackage("org.crosscheck.review..")
            .should().dependOnClassesThat().resideInAnyPackage("org.crosscheck.ingest..", "org.crosscheck.linkage..",
                    "org.crosscheck.export..");

    @ArchTest
    static final ArchRule ingestDoesNotReachIntoOtherEngineParts = noClasses()
            .that().resideInAPackage("org.crosscheck.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("org.crosscheck.linkage..", "org.crosscheck.review..",
                    "org.crosscheck.export..");

    @ArchTest
    static final ArchRule noPrintingToTheConsole = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule noGenericExceptionsThrown = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.crosscheck.(*)..").should().beFreeOfCycles();
}
