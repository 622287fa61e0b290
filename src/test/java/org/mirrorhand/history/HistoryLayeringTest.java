package org.mirrorhand.history;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The history, reports and session recording stay free of the user interface and the native media and model stacks. */
class HistoryLayeringTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mirrorhand");

    @Test
    void historyAndReportsDependOnNoJavaFxJavaCvOrTensorFlowLite() {
        noClasses().that().resideInAnyPackage("org.mirrorhand.history..", "org.mirrorhand.report..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.bytedeco..",
                        "org.mirrorhand.ui..", "org.mirrorhand.pose..", "org.mirrorhand.capture..", "org.mirrorhand.app..")
                .check(MAIN);
    }

    @Test
    void sessionRecordingDependsOnNoJavaFxJavaCvOrTensorFlowLite() {
        noClasses().that().resideInAPackage("org.mirrorhand.session..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.bytedeco..",
                        "org.mirrorhand.ui..", "org.mirrorhand.app..")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void theProgressScreenReachesTheDatabaseOnlyThroughTheHistoryApi() {
        noClasses().that().resideInAPackage("org.mirrorhand.ui.progress..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.bytedeco..")
                .check(MAIN);
    }
}
