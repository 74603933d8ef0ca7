package app.coulisse.live.ui;

import com.vaadin.flow.component.UI;

/**
 * Keeps a viewer's place across a refresh pushed by someone else's change: the browser remembers, as the viewer
 * scrolls and moves focus, the scroll of the board, its columns and the grids (by id) and the focused element; after
 * the screen is rebuilt, they are put back. Plain JavaScript run through the page, no front-end module (no bundle).
 */
final class ViewState {

    private static final String SCRIPT = """
            const live = window.coulisseLive || (window.coulisseLive = {scroll: {}, focus: null});
            const scrollerOf = el => el.localName === 'vaadin-grid' ? el.$ && el.$.table : el;
            if (!live.focusWatched) {
              live.focusWatched = true;
              document.addEventListener('focusin', e => {
                const withId = e.composedPath().find(n => n.id && n.localName && n.localName.startsWith('vaadin-'))
                    || e.composedPath().find(n => n.id);
                live.focus = withId ? withId.id : null;
              }, true);
            }
            const scrollers = () => Array.from(document.querySelectorAll('#board, .board-column[id], vaadin-grid[id]'));
            const restore = () => scrollers().forEach(el => {
              const saved = live.scroll[el.id];
              const scroller = scrollerOf(el);
              if (saved && scroller) { scroller.scrollLeft = saved[0]; scroller.scrollTop = saved[1]; }
            });
            if ($0) {
              restore();
              requestAnimationFrame(restore);
              setTimeout(restore, 150);
              const active = document.activeElement;
              if (live.focus && (!active || active === document.body)) {
                const target = document.getElementById(live.focus);
                if (target && target.focus) { target.focus(); }
              }
            }
            setTimeout(() => scrollers().forEach(el => {
              const scroller = scrollerOf(el);
              if (scroller && !scroller.coulisseWatched) {
                scroller.coulisseWatched = true;
                scroller.addEventListener('scroll', () => live.scroll[el.id] = [scroller.scrollLeft, scroller.scrollTop]);
              }
            }), 0);
            """;

    private ViewState() {
    }

    /** Starts remembering the place on a freshly opened screen. */
    static void watch(UI ui) {
        ui.getPage().executeJs(SCRIPT, false);
    }

    /** Puts the place back after the screen was rebuilt, and keeps remembering. */
    static void restore(UI ui) {
        ui.getPage().executeJs(SCRIPT, true);
    }
}
