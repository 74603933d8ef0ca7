/** The backup's download in the series settings and the restore on the setup page. */
package app.coulisse.backup.ui;
