package org.mirrorhand.imagery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Layering of the imagery feature: logic below screens, view models free of controls, timing free of JavaFX. */
class ImageryArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mirrorhand.imagery", "org.mirrorhand.ui.imagery");

    @Test
    void theImageryPackageNeverReachesUpIntoTheScreens() {
        noClasses().that().resideInAPackage("org.mirrorhand.imagery..")
                .should().dependOnClassesThat().resideInAPackage("org.mirrorhand.ui..")
                .check(CLASSES);
    }

    @Test
    void viewModelsNeverTouchControlsOrScenes() {
        noClasses().that().resideInAPackage("org.mirrorhand.ui.imagery").and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(CLASSES);
    }

    @Test
    void scriptsTimelineAndPlayerLogicUseNoJavaFxSoTheyTestWithoutAScreenOrSoundCard() {
        noClasses().that().resideInAPackage("org.mirrorhand.imagery")
                .and().doNotHaveSimpleName("JavaFxAudioOutput")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(CLASSES);
    }
}
