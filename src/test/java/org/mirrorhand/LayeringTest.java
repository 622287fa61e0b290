package org.mirrorhand;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Project-wide layers of HOUSE_STYLE.md on the compiled classes. Each feature checks its own rules too
 * (MetricsArchitectureTest, HistoryLayeringTest, ImageryArchitectureTest, the pose engine's TensorFlow Lite rule).
 */
class LayeringTest {
    private static final String[] TECHNOLOGY = {"javafx..", "org.bytedeco..", "org.tensorflow.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mirrorhand");
    }

    @Test
    void domainRecordsOfThePosePackageKnowNoLibrary() {
        noClasses().that().haveSimpleNameStartingWith("Hand").and().areRecords()
                .and().resideInAPackage("org.mirrorhand.pose")
                .should().dependOnClassesThat().resideInAnyPackage(TECHNOLOGY)
                .check(classes);
    }

    @Test
    void onlyTheUserInterfaceAndItsEntryPointUseJavaFxControls() {
        noClasses().that().resideOutsideOfPackages("org.mirrorhand.ui..", "org.mirrorhand.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..")
                .check(classes);
    }

    @Test
    void theVirtualHandsKinematicsKnowNoLibraryOnlyItsSceneKnowsJavaFx() {
        noClasses().that().resideInAPackage("org.mirrorhand.virtualhand")
                .should().dependOnClassesThat().resideInAnyPackage(TECHNOLOGY)
                .check(classes);
        noClasses().that().resideInAPackage("org.mirrorhand.virtualhand.scene")
                .should().dependOnClassesThat().resideInAnyPackage("org.bytedeco..", "org.tensorflow..",
                        "org.mirrorhand.live..", "org.mirrorhand.pose..", "org.mirrorhand.ui..")
                .check(classes);
    }

    @Test
    void onlyTheLogsPackageKnowsTheLoggingBackend() {
        noClasses().that().resideOutsideOfPackage("org.mirrorhand.logs")
                .should().dependOnClassesThat().resideInAnyPackage("ch.qos.logback..")
                .check(classes);
    }
}
