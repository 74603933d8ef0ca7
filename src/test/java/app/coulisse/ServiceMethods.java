package app.coulisse;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Service;

/** The public methods of every {@code @Service}, for the tests that walk them all (roles, the episode lock). */
public final class ServiceMethods {

    // Verbs of the methods that change something. A new write verb must be added here, or its method is a read.
    private static final List<String> WRITE_VERBS = List.of("create", "update", "delete", "save", "add", "remove",
            "rename", "move", "tag", "untag", "link", "unlink", "merge", "insert", "append", "omit", "restore", "lock",
            "unlock", "commit", "set", "change", "reset", "deactivate", "activate", "reactivate", "findOrCreate",
            "import", "write", "edit", "delete", "replace", "assign", "clear", "start", "revise", "mark", "record",
            "give");

    private ServiceMethods() {
    }

    /** Every public instance method declared by a {@code @Service} of the app, by name. */
    public static List<Method> all() {
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
        methods.sort(Comparator.comparing(ServiceMethods::name));
        return methods;
    }

    /** The methods whose name starts with a write verb. */
    public static List<Method> writes() {
        return all().stream()
                .filter(method -> WRITE_VERBS.stream().anyMatch(verb -> startsWithVerb(method.getName(), verb)))
                .toList();
    }

    /** "CastService.tag/4". */
    public static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName()
                + (method.getParameterCount() == 0 ? "" : "/" + method.getParameterCount());
    }

    /** Zero, false or null for a parameter type. */
    public static Object neutral(Class<?> type) {
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

    /** Calls the method on its Spring bean (through the proxies, as the UI and the API call it); answers what it threw. */
    public static Throwable call(ApplicationContext context, Method method, Object[] arguments) {
        Object service = context.getBean(method.getDeclaringClass());
        return Assertions.catchThrowable(() -> {
            try {
                method.invoke(service, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private static boolean startsWithVerb(String name, String verb) {
        return name.startsWith(verb) && (name.length() == verb.length() || Character.isUpperCase(name.charAt(verb.length())));
    }
}
