/**
 * The revision screens: the episode's revision in its header, the revision colour on cards and rows, the
 * "changed in the current revision" filter, and the scene editor's history with restore and next/previous change.
 */
package app.coulisse.revision.ui;
