// Package lint says, before anything runs, what a plan risks.
//
// Check judges every step of a plan.Plan from the typed change it carries
// (plan.Step.Change, the structs and change bit sets of package diff),
// never from its SQL: findings with stable codes (codes.go; documented in
// docs/lint.md) in four categories (destructive, data-dependent, locking,
// backward-incompatible), the compatibility class of each step and of the
// plan (PATCH, MINOR, MAJOR), and forward compatibility (can the new
// application version run on the old schema: judged on the inverse of
// every change). Phases and Split divide a plan into the expand and
// contract phases. Report.Probe refines the findings with the rows of the
// source database (Data; package lint/pgdata implements it with bounded,
// read-only queries). Options disable codes, change severities and carry
// the "-- strata:allow" acknowledgements of the desired SQL
// (ddl.Allowances).
//
// A kind of change without a rule of its own gets a conservative default
// (see judgeGeneric): Add is MINOR, Drop is MAJOR, an Alter of comments
// only is PATCH, anything else is MAJOR with an UN001 finding.
package lint
