// Package apply brings a live PostgreSQL database to a desired schema
// safely and records every state it reaches.
//
// Apply serialises appliers with a PostgreSQL advisory lock (many replicas
// may start at once), re-inspects the database under the lock, plans (or
// checks that a reviewed plan still starts from the live fingerprint),
// hands the plan to a review callback (lint, show, confirm), runs it with
// per-step lock and statement timeouts, checks that the database converged
// to the desired model, and records a Revision in the table
// strata.revisions of the target database. The schema strata is reserved
// for that history: it is never inspected, planned or compared.
//
// History, Find and Latest read the recorded revisions back; a rollback is
// an Apply whose Desired is a recorded model (Kind "rollback").
package apply
