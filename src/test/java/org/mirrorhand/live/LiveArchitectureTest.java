package org.mirrorhand.live;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The live app's layers: mirror transforms and the real-time pipeline know no JavaFX, JavaCV or TensorFlow Lite (so
 * they run and test headless), the screens reach the pose engine only through the pipeline, and only the camera adapter knows JavaCV.
 */
class LiveArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mirrorhand");

    @Test
    void mirrorLiveAndSettingsUseNoJavaFxJavaCvOrTensorFlowLite() {
        noClasses().that().resideInAnyPackage("org.mirrorhand.mirror..", "org.mirrorhand.live..", "org.mirrorhand.settings..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.bytedeco..")
                .check(classes);
    }

    @Test
    void mirrorTransformsArePureImageWork() {
        noClasses().that().resideInAPackage("org.mirrorhand.mirror..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "org.mirrorhand.pose..",
                        "org.mirrorhand.live..", "org.mirrorhand.ui..")
                .check(classes);
    }

    @Test
    void screensNeverTouchJavaCvOrTensorFlowLiteDirectly() {
        noClasses().that().resideInAnyPackage("org.mirrorhand.ui.start..", "org.mirrorhand.ui.therapy..",
                        "org.mirrorhand.ui.measure..", "org.mirrorhand.ui.settings..", "org.mirrorhand.ui.live..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bytedeco..")
                .check(classes);
    }
}
