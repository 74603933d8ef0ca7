/**
 * The screens' side of the exports: download links that stream the workbooks from the export
 * service to the browser, and the item that puts them in an episode's header.
 */
package app.coulisse.export.ui;
