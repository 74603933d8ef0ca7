/**
 * What every feature shares: the audited entity base class and the exception that carries a
 * translatable message from a service to the screen.
 */
package app.coulisse.core;
