/**
 * Running ARCS: the log format chosen by ARCS_LOG_FORMAT, and backup and restore of the embedded database.
 * {@link uk.arcs.operations.RestoreCommand} runs from the launcher before any database is opened.
 * The Spring parts (the log format, the backup command) are adapters; health and metrics come from Spring Boot
 * Actuator and each module's own meters (docs/operations.md).
 */
package uk.arcs.operations;
