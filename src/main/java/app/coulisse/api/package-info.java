/**
 * The HTTP API under {@code /api} for the production office's scripts and Excel: episodes and screenplay import,
 * with HTTP Basic and the same roles as the UI. Errors are JSON {@code {status, message, key}}, written by
 * {@link app.coulisse.api.ApiErrors} for every API request.
 */
package app.coulisse.api;
