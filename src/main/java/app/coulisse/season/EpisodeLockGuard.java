package app.coulisse.season;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place the {@link EpisodeLock} is enforced: every call of a service method with an {@link EpisodeWrite}
 * parameter is refused ("episode.locked") before the method runs when one of the episodes it writes into is LOCKED
 * and the caller is not the showrunner. Runs after the method's authorisation, inside its transaction (record 056).
 */
@Component
class EpisodeLockGuard extends AbstractPointcutAdvisor implements MethodInterceptor {

    /** Inside the method's own transaction: {@code @EnableTransactionManagement}'s order is one step earlier. */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE;

    // Providers, not beans: an advisor is made before the beans it would otherwise pull in could be proxied.
    private final transient ObjectProvider<EpisodeScope> scopeBeans;
    private final transient ObjectProvider<PlatformTransactionManager> transactions;
    private transient volatile Map<Class<?>, EpisodeScope> scopes;
    private transient volatile TransactionTemplate reading;

    EpisodeLockGuard(ObjectProvider<EpisodeScope> scopeBeans, ObjectProvider<PlatformTransactionManager> transactions) {
        this.scopeBeans = scopeBeans;
        this.transactions = transactions;
        setOrder(ORDER);
    }

    @Override
    public Pointcut getPointcut() {
        return new StaticMethodMatcherPointcut() {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                return targetClass.isAnnotationPresent(Service.class) && !episodeParameters(method).isEmpty();
            }
        };
    }

    @Override
    public MethodInterceptor getAdvice() {
        return this;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        if (EpisodeLock.bindsCurrentUser()) {
            reading().executeWithoutResult(status -> refuseLocked(invocation.getMethod(), invocation.getArguments()));
        }
        return invocation.proceed();
    }

    private void refuseLocked(Method method, Object[] arguments) {
        Parameter[] parameters = method.getParameters();
        for (int i : episodeParameters(method)) {
            if (arguments[i] instanceof Number id) {
                Class<?> type = parameters[i].getAnnotation(EpisodeWrite.class).value();
                scope(type).episodesOf(id.longValue()).forEach(EpisodeLock::requireChangeable);
            }
        }
    }

    /** Joins the method's transaction; opens a short one of its own for a method that manages its own. */
    private TransactionTemplate reading() {
        if (reading == null) {
            TransactionTemplate template = new TransactionTemplate(transactions.getObject());
            template.setReadOnly(true);
            reading = template;
        }
        return reading;
    }

    private EpisodeScope scope(Class<?> type) {
        if (scopes == null) {
            scopes = scopeBeans.orderedStream().collect(Collectors.toMap(EpisodeScope::type, Function.identity()));
        }
        EpisodeScope scope = scopes.get(type);
        if (scope == null) {
            throw new IllegalStateException("no EpisodeScope for " + type.getName());
        }
        return scope;
    }

    private static List<Integer> episodeParameters(Method method) {
        Parameter[] parameters = method.getParameters();
        return IntStream.range(0, parameters.length)
                .filter(i -> parameters[i].isAnnotationPresent(EpisodeWrite.class)).boxed().toList();
    }
}
