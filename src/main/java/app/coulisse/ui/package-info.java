/**
 * What every screen shares: the main layout with its side navigation and language switch, the
 * translation provider that merges every feature's bundles, and the error handler that turns
 * failures into translated notifications.
 */
package app.coulisse.ui;
