/**
 * Who may do what: users stored with BCrypt hashes and one of three roles, the login view, the
 * showrunner's Users view, and the web and API security configuration.
 */
package app.coulisse.security;
