/**
 * The screens' side of the exports: the Reports screen, drawn from the same read model as the workbooks, and the
 * download links that stream the workbooks to the browser from the episode's and the season's headers.
 */
package app.coulisse.export.ui;
