/**
 * The live room on screen: server push refreshes the screens of a changed episode keeping scroll, focus and
 * dialogs; the avatars of who is on an episode; a scene editor's "changed elsewhere" state.
 */
package app.coulisse.live.ui;
