package app.coulisse.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;

/**
 * Services own authorisation: every public method of every {@code @Service} in the app says who may call it, and
 * every method that writes refuses the production office when called through Spring, as the UI and the API call it.
 */
class ServiceAuthorisationTest extends SpringAppTest {

    // Verbs of the methods that change something. A new write verb must be added here, or its method is a read.
    private static final List<String> WRITE_VERBS = List.of("create", "update", "delete", "save", "add", "remove",
            "rename", "move", "tag", "untag", "link", "unlink", "merge", "insert", "append", "omit", "restore", "lock",
            "unlock", "commit", "set", "change", "reset", "deactivate", "activate", "reactivate", "findOrCreate",
            "import", "write", "edit", "delete", "replace", "assign", "clear", "start", "revise", "mark", "record");
    // Writes the production office may do by design: their own account,
    // and the scene threads, where the production office asks the room its questions (issue 18).
    private static final Set<String> OPEN_TO_EVERY_USER = Set.of("UserService.changeOwnPassword/2",
            "UserService.changeLanguage/1", "SceneNoteService.addNote/3", "SceneNoteService.markAnswered/1");
    // Writes the production office makes by design: planning the shoot (DESIGN.md). Writers are refused them, below.
    private static final Set<String> OPEN_TO_THE_PRODUCTION_OFFICE = Set.of("ShootDayService.addUnit/6",
            "ShootDayService.changeTimeZone/2",
            "ShootDayService.addHoliday/2", "ShootDayService.addDays/3", "ShootDayService.addDay/3",
            "ShootDayService.moveDay/2", "ShootDayService.changeDayType/2", "ShootDayService.deleteDay/1",
            "StripboardService.moveStrips/3", "StripboardService.moveToBoneyard/1", "RehearsalService.addRehearsalCall/3",
            "RehearsalService.updateRehearsalCall/3", "RehearsalService.deleteRehearsalCall/1",
            "RehearsalService.addFittingCall/7", "RehearsalService.deleteFittingCall/1");
    // Writes of files to a stream, not to the database.
    private static final Set<String> NOT_WRITES = Set.of("ProductionExportService.writeProductionWorkbook/3",
            "DanceService.linkCount/1", "BreakdownExportService.writeEpisodeWorkbook/3",
            "BreakdownExportService.writeEpisodeWorkbook/4",
            "BreakdownExportService.writeSeasonWorkbook/2", "BreakdownExportService.writeSeasonWorkbook/3");

    @Autowired
    ApplicationContext context;

    @Test
    void every_public_service_method_says_who_may_call_it() {
        List<String> unguarded = serviceMethods().stream()
                .filter(method -> !method.isAnnotationPresent(PreAuthorize.class))
                .map(ServiceAuthorisationTest::name).toList();
        assertThat(unguarded).as("public @Service methods without @PreAuthorize").isEmpty();
    }

    @Test
    void there_are_write_methods_to_check() {
        assertThat(writeMethods()).hasSizeGreaterThan(40);
    }

    static Stream<Arguments> writeMethodNames() {
        return writeMethods().stream().map(method -> Arguments.of(name(method), method));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writeMethodNames")
    void the_production_office_is_refused_every_write(String name, Method method) {
        actAs("production", "PRODUCTION");
        Throwable refusal = callWithNeutralArguments(method);
        assertThat(refusal).as("%s as PRODUCTION", name)
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    static Stream<Arguments> planningMethodNames() {
        return serviceMethods().stream().filter(method -> OPEN_TO_THE_PRODUCTION_OFFICE.contains(name(method)))
                .map(method -> Arguments.of(name(method), method));
    }

    @Test
    void every_planning_write_in_the_allow_list_exists() {
        assertThat(planningMethodNames()).hasSize(OPEN_TO_THE_PRODUCTION_OFFICE.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planningMethodNames")
    void writers_are_refused_every_planning_write(String name, Method method) {
        actAs("writer", "WRITER");
        assertThat(callWithNeutralArguments(method)).as("%s as WRITER", name)
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    /** Calls a service method through Spring with zeros and nulls; answers what it threw. */
    private Throwable callWithNeutralArguments(Method method) {
        Object service = context.getBean(method.getDeclaringClass());
        Object[] arguments = Arrays.stream(method.getParameterTypes()).map(ServiceAuthorisationTest::neutral).toArray();
        return org.assertj.core.api.Assertions.catchThrowable(() -> {
            try {
                method.invoke(service, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private static List<Method> writeMethods() {
        return serviceMethods().stream()
                .filter(method -> WRITE_VERBS.stream().anyMatch(verb -> startsWithVerb(method.getName(), verb)))
                .filter(method -> !OPEN_TO_EVERY_USER.contains(name(method)) && !NOT_WRITES.contains(name(method))
                        && !OPEN_TO_THE_PRODUCTION_OFFICE.contains(name(method)))
                .toList();
    }

    private static boolean startsWithVerb(String name, String verb) {
        return name.startsWith(verb) && (name.length() == verb.length() || Character.isUpperCase(name.charAt(verb.length())));
    }

    private static List<Method> serviceMethods() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<Method> methods = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("app.coulisse")) {
            try {
                Class<?> type = Class.forName(definition.getBeanClassName());
                Arrays.stream(type.getDeclaredMethods())
                        .filter(method -> Modifier.isPublic(method.getModifiers()))
                        .filter(method -> !Modifier.isStatic(method.getModifiers()))
                        .filter(method -> !method.isSynthetic() && !method.isBridge())
                        .forEach(methods::add);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        methods.sort(Comparator.comparing(ServiceAuthorisationTest::name));
        return methods;
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName()
                + (method.getParameterCount() == 0 ? "" : "/" + method.getParameterCount());
    }

    private static Object neutral(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class) {
            return switch (type.getName()) {
                case "int" -> 0;
                case "long" -> 0L;
                case "short" -> (short) 0;
                default -> (byte) 0;
            };
        }
        if (type == double.class || type == float.class || type == char.class) {
            throw new IllegalArgumentException("no neutral value for " + type);
        }
        return null;
    }
}
