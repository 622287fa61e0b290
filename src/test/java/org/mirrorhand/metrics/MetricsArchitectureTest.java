package org.mirrorhand.metrics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The metrics are pure: no user interface, video, model runtime or I/O, so they replay the same anywhere. */
class MetricsArchitectureTest {

    private final JavaClasses metrics = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mirrorhand.metrics");

    @Test
    void metricsUseNoJavaFxJavaCvOrTensorFlowLite() {
        noClasses().that().resideInAPackage("org.mirrorhand.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.bytedeco..")
                .check(metrics);
    }

    @Test
    void metricsDoNoInputOrOutput() {
        noClasses().that().resideInAPackage("org.mirrorhand.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..",
                        "java.sql..")
                .check(metrics);
    }

    @Test
    void metricsDependOnlyOnThePoseRecordsOfTheProject() {
        noClasses().that().resideInAPackage("org.mirrorhand.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mirrorhand.app..", "org.mirrorhand.capture..",
                        "org.mirrorhand.ui..", "org.mirrorhand.history..")
                .check(metrics);
    }
}
