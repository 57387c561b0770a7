package io.switchboard.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of ARCHITECTURE.md, checked over every module's classes. Rules about modules that hold no code yet
 * allow an empty match, and bite as soon as the first class arrives.
 */
@AnalyzeClasses(packages = "io.switchboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule flowKnowsNoJavaFx = noClasses().that().resideInAPackage("io.switchboard.flow..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule flowKnowsNoCamel = noClasses().that().resideInAPackage("io.switchboard.flow..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.camel..");

    @ArchTest
    static final ArchRule contractKnowsNoJavaFxNorScreens = noClasses().that()
            .resideInAPackage("io.switchboard.contract..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.switchboard.designer..",
                    "io.switchboard.monitor..", "io.switchboard.runtime..")
            .because("contract analysis runs headless on the command line and in CI");

    @ArchTest
    static final ArchRule commandLineKnowsNoJavaFxNorScreens = noClasses().that().resideInAPackage("io.switchboard.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.switchboard.designer..",
                    "io.switchboard.monitor..")
            .because("the command line runs in CI, where there is no display");

    @ArchTest
    static final ArchRule runtimeKnowsNoJavaFx = noClasses().that().resideInAPackage("io.switchboard.runtime..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule runtimeClientKnowsNoJavaFx = noClasses().that()
            .resideInAPackage("io.switchboard.runtimeclient..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule fxSupportStandsAlone = noClasses().that().resideInAPackage("io.switchboard.fx..")
            .should().dependOnClassesThat().resideInAnyPackage("io.switchboard.designer..", "io.switchboard.monitor..",
                    "io.switchboard.flow..", "io.switchboard.contract..", "io.switchboard.runtime..",
                    "io.switchboard.runtimeclient..")
            .because("the designer and the monitor share it, so it knows neither of them nor what they show");

    @ArchTest
    static final ArchRule designerDoesNotUseMonitor = noClasses().that().resideInAPackage("io.switchboard.designer..")
            .should().dependOnClassesThat().resideInAPackage("io.switchboard.monitor..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule monitorDoesNotUseDesigner = noClasses().that().resideInAPackage("io.switchboard.monitor..")
            .should().dependOnClassesThat().resideInAPackage("io.switchboard.designer..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule monitorTalksToTheRuntimeOnlyThroughItsClient = noClasses().that()
            .resideInAPackage("io.switchboard.monitor..")
            .should().dependOnClassesThat().resideInAPackage("io.switchboard.runtime..")
            .because("a monitor watches a runtime in this process or on another machine the same way: by its API");

    @ArchTest
    static final ArchRule viewModelsKnowNoScene = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..");

    @ArchTest
    static final ArchRule packagesFormNoCycles = slices().matching("io.switchboard.(**)").should().beFreeOfCycles()
            .because("a package that needs another that needs it back is one package in two places");

    @ArchTest
    static final ArchRule onlyTheAppComposes = noClasses().that().resideOutsideOfPackage("io.switchboard.app..")
            .should().dependOnClassesThat().resideInAPackage("io.switchboard.app..");
}
