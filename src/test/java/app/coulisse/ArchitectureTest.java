package app.coulisse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * The package rules of docs/decisions/011: features without cycles, Vaadin code in {@code ui}
 * packages only and nothing else leaning on it, repositories private to their feature and never
 * reached from a screen.
 */
class ArchitectureTest {

    private static final String APP = "app.coulisse..";
    private static final String UI = "app.coulisse..ui..";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.coulisse");

    @Test
    void no_two_packages_depend_on_each_other() {
        check(slices().matching("app.coulisse.(**)").should().beFreeOfCycles());
    }

    /** A feature and its screens ({@code outline} and {@code outline.ui}) are one slice: no cycle between features. */
    @Test
    void no_two_features_depend_on_each_other() {
        check(slices().matching("app.coulisse.(*)..").should().beFreeOfCycles());
    }

    @Test
    void the_shared_widgets_depend_on_no_feature() {
        check(noClasses().that().resideInAPackage("app.coulisse.ui").should().dependOnClassesThat(
                JavaClass.Predicates.resideInAPackage(APP)
                        .and(JavaClass.Predicates.resideOutsideOfPackages("app.coulisse.ui", "app.coulisse.core"))));
    }

    @Test
    void no_feature_depends_on_the_app_shell() {
        check(noClasses().that().resideInAPackage(APP).and().resideOutsideOfPackage("app.coulisse.shell..")
                .and().doNotHaveFullyQualifiedName("app.coulisse.Application")
                .should().dependOnClassesThat().resideInAPackage("app.coulisse.shell.."));
    }

    @Test
    void nothing_outside_a_ui_package_depends_on_one() {
        check(noClasses().that().resideInAPackage(APP).and().resideOutsideOfPackage(UI)
                .should().dependOnClassesThat().resideInAPackage(UI));
    }

    @Test
    void repositories_are_private_to_their_feature() {
        check(classes().that().areAssignableTo(Repository.class).and().resideInAPackage(APP)
                .should().notBePublic());
    }

    @Test
    void no_screen_uses_a_repository() {
        check(noClasses().that().resideInAPackage(UI)
                .should().dependOnClassesThat().areAssignableTo(Repository.class));
    }

    @Test
    void views_live_in_ui_packages() {
        check(classes().that().areAnnotatedWith(Route.class).should().resideInAPackage(UI));
    }

    @Test
    void no_view_is_named_outside_its_own_package() {
        check(classes().that().areAnnotatedWith(Route.class).should(beNamedOnlyInTheirOwnPackage()));
    }

    private static ArchCondition<JavaClass> beNamedOnlyInTheirOwnPackage() {
        return new ArchCondition<>("be named only in their own package (others go through its *Navigation class)") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                for (Dependency dependency : view.getDirectDependenciesToSelf()) {
                    JavaClass origin = dependency.getOriginClass();
                    if (!origin.getPackageName().equals(view.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static void check(ArchRule rule) {
        rule.check(CLASSES);
    }
}
