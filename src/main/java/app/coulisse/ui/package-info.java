/**
 * Widgets every screen shares, below every feature: forms ({@code BeanForm}), confirmations, icon buttons,
 * notifications, error pages and the translation provider that merges every feature's bundles. Nothing here
 * depends on a feature; the app shell that does lives in {@code shell.ui}.
 */
package app.coulisse.ui;
