package app.coulisse;

import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.ArrayList;
import java.util.List;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;

/**
 * The JavaScript the server sent the browser (focus a card, empty an upload's file list), for UI tests to check
 * what Karibu cannot see. Karibu hands every call of a response to its handlers; while open, this records them
 * (and, when asked, the calls of the response not yet sent).
 */
public final class BrowserCalls implements AutoCloseable {

    private final List<PendingJavaScriptInvocation> calls = new ArrayList<>();
    private final Function1<PendingJavaScriptInvocation, Unit> recorder = call -> {
        calls.add(call);
        return Unit.INSTANCE;
    };

    private BrowserCalls() {
        List<Function1<PendingJavaScriptInvocation, Unit>> handlers =
                new ArrayList<>(KaribuConfig.getPendingJavascriptInvocationHandlers());
        handlers.add(recorder);
        KaribuConfig.setPendingJavascriptInvocationHandlers(handlers);
    }

    /** Starts recording; close to stop. */
    public static BrowserCalls record() {
        return new BrowserCalls();
    }

    /** Forgets what was recorded so far. */
    public void clear() {
        flush();
        calls.clear();
    }

    /** Whether a response ran {@code expression} on {@code component}'s element since the last {@link #clear()}. */
    public boolean ranOn(Component component, String expression) {
        flush();
        return calls.stream().anyMatch(call -> call.getOwner() == component.getElement().getNode()
                && call.getInvocation().getExpression().contains(expression));
    }

    /** How many calls ran {@code expression}, on any element, since the last {@link #clear()}. */
    public long count(String expression) {
        flush();
        return calls.stream().filter(call -> call.getInvocation().getExpression().contains(expression)).count();
    }

    /** The calls of the response not sent yet. */
    private void flush() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        calls.addAll(ui.getInternals().dumpPendingJavaScriptInvocations());
    }

    @Override
    public void close() {
        List<Function1<PendingJavaScriptInvocation, Unit>> handlers =
                new ArrayList<>(KaribuConfig.getPendingJavascriptInvocationHandlers());
        handlers.remove(recorder);
        KaribuConfig.setPendingJavascriptInvocationHandlers(handlers);
    }
}
