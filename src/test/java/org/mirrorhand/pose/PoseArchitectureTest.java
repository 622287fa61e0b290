package org.mirrorhand.pose;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class PoseArchitectureTest {

    private static final JavaClasses PROJECT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mirrorhand");

    @Test
    void onlyTheOneAdapterKnowsTheTensorFlowLiteRuntime() {
        noClasses().that().doNotHaveFullyQualifiedName(JavaCppTfLiteModel.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("org.bytedeco.tensorflowlite..", "org.tensorflow..")
                .check(PROJECT);
    }
}
