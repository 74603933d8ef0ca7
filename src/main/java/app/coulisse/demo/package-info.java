/**
 * The demo room: on an empty database with demo data on, the series "Étoile" with its companies,
 * cast, episodes and scenes, and one demo user per role, all created through the services.
 */
package app.coulisse.demo;
