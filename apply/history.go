package apply

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/user"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/plan"
	"github.com/stratadb/strata/schema"
)

// Kinds of revision.
const (
	// KindApply is a revision recorded by an apply.
	KindApply = "apply"
	// KindRollback is a revision recorded by a rollback.
	KindRollback = "rollback"
)

// ErrNoRevision is wrapped by the errors of Find when no revision matches.
var ErrNoRevision = errors.New("no such revision")

// Revision is one recorded apply (or rollback): a row of strata.revisions.
type Revision struct {
	// ID numbers the revisions 1, 2, 3... in the order they were recorded.
	ID int64 `json:"id"`
	// Label is the --label given to the apply; it may be empty.
	Label string `json:"label"`
	// Fingerprint is schema.Fingerprint(Model).
	Fingerprint string `json:"fingerprint"`
	// Class is the compatibility class (PATCH, MINOR or MAJOR) of the plan
	// that was run; empty for an empty plan or one that was not linted.
	Class string `json:"class"`
	// Kind is KindApply or KindRollback.
	Kind string `json:"kind"`
	// Model is the full canonical desired model; nil in History listings.
	Model *schema.Database `json:"model,omitempty"`
	// Plan is the plan that was run (with no steps when the database
	// already had the model); nil in History listings.
	Plan *plan.Plan `json:"plan,omitempty"`
	// AppliedBy is the database user (current_user) followed by the
	// operating-system user and host of the process, e.g.
	// "deploy (runner@ci-42)".
	AppliedBy string `json:"applied_by"`
	// AppliedAt is when the revision was recorded.
	AppliedAt time.Time `json:"applied_at"`
	// Version is the version of Strata that recorded it.
	Version string `json:"version"`
}

// historyExists reports whether strata.revisions exists.
func historyExists(ctx context.Context, conn *pgx.Conn) (bool, error) {
	var ok bool
	if err := conn.QueryRow(ctx, historyExistsSQL).Scan(&ok); err != nil {
		return false, fmt.Errorf("looking for the history table %s: %w", HistoryTable, err)
	}
	return ok, nil
}

// History returns the recorded revisions, newest first, without their
// Model and Plan. It returns an empty list when nothing was ever recorded
// (the table does not exist).
func History(ctx context.Context, conn *pgx.Conn) ([]Revision, error) {
	ok, err := historyExists(ctx, conn)
	if err != nil || !ok {
		return nil, err
	}
	rows, err := conn.Query(ctx, listRevisionsSQL)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", HistoryTable, err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (Revision, error) {
		var r Revision
		err := row.Scan(&r.ID, &r.Label, &r.Fingerprint, &r.Class, &r.Kind, &r.AppliedBy, &r.AppliedAt, &r.Version)
		return r, err
	})
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", HistoryTable, err)
	}
	return out, nil
}

// Find returns the revision ref names, with its Model and Plan: ref is a
// revision ID ("3") or a label (the latest revision with that label). The
// error wraps ErrNoRevision when none matches.
func Find(ctx context.Context, conn *pgx.Conn, ref string) (*Revision, error) {
	if ref == "" {
		return nil, fmt.Errorf("%w: the revision to find is empty: give a revision ID or a label (see strata history)", ErrNoRevision)
	}
	ok, err := historyExists(ctx, conn)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%w: revision %q: nothing was ever applied with strata to this database (%s does not exist)", ErrNoRevision, ref, HistoryTable)
	}
	query, arg, what := revisionByLabelSQL, any(ref), fmt.Sprintf("no revision is labelled %q", ref)
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil {
		query, arg, what = revisionByIDSQL, id, fmt.Sprintf("there is no revision %d", id)
	}
	r, err := scanFull(conn.QueryRow(ctx, query, arg))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("%w: %s in %s: see strata history for the revisions and labels", ErrNoRevision, what, HistoryTable)
	}
	if err != nil {
		return nil, fmt.Errorf("reading revision %q from %s: %w", ref, HistoryTable, err)
	}
	return r, nil
}

// Latest returns the newest revision, with its Model and Plan, or nil (and
// no error) when none was recorded.
func Latest(ctx context.Context, conn *pgx.Conn) (*Revision, error) {
	ok, err := historyExists(ctx, conn)
	if err != nil || !ok {
		return nil, err
	}
	r, err := scanFull(conn.QueryRow(ctx, latestRevisionSQL))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the latest revision from %s: %w", HistoryTable, err)
	}
	return r, nil
}

// latestHead returns the newest revision without its Model and Plan (the
// up-to-date check needs no more), or nil when none was recorded.
func latestHead(ctx context.Context, conn *pgx.Conn) (*Revision, error) {
	ok, err := historyExists(ctx, conn)
	if err != nil || !ok {
		return nil, err
	}
	var r Revision
	err = conn.QueryRow(ctx, latestHeadSQL).Scan(&r.ID, &r.Label, &r.Fingerprint, &r.Class, &r.Kind, &r.AppliedBy, &r.AppliedAt, &r.Version)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the latest revision from %s: %w", HistoryTable, err)
	}
	return &r, nil
}

// scanFull scans a revision row with its model and plan.
func scanFull(row pgx.Row) (*Revision, error) {
	var r Revision
	var model, p string
	if err := row.Scan(&r.ID, &r.Label, &r.Fingerprint, &r.Class, &r.Kind, &r.AppliedBy, &r.AppliedAt, &r.Version, &model, &p); err != nil {
		return nil, err
	}
	db, err := schema.UnmarshalCanonical([]byte(model))
	if err != nil {
		return nil, fmt.Errorf("revision %d: decoding its model (recorded by strata %s): %w; "+
			"a model recorded by a newer strata may hold what this one does not know: run the command with strata %s or newer",
			r.ID, r.Version, err, r.Version)
	}
	r.Model = db
	if r.Plan, err = plan.ReadJSON([]byte(p)); err != nil {
		return nil, fmt.Errorf("revision %d: decoding its plan (recorded by strata %s): %w", r.ID, r.Version, err)
	}
	return &r, nil
}

// record creates the history table if needed and inserts a revision of
// model, reached by running p. It fills in the ID, AppliedBy and AppliedAt
// of the returned revision.
func record(ctx context.Context, conn *pgx.Conn, model *schema.Database, p *plan.Plan, label, kind, version string) (*Revision, error) {
	exists, err := historyExists(ctx, conn)
	if err != nil {
		return nil, err
	}
	if !exists {
		// Apply holds the advisory lock: no other applier creates it now.
		if _, err := conn.Exec(ctx, createHistorySQL, pgx.QueryExecModeSimpleProtocol); err != nil {
			return nil, fmt.Errorf("creating the history table %s (the role needs CREATE on the database): %w", HistoryTable, err)
		}
	}
	m, err := schema.MarshalCanonical(model)
	if err != nil {
		return nil, fmt.Errorf("encoding the model to record: %w", err)
	}
	pj, err := json.Marshal(p)
	if err != nil {
		return nil, fmt.Errorf("encoding the plan to record: %w", err)
	}
	r := &Revision{Label: label, Fingerprint: schema.Fingerprint(model), Class: p.Class, Kind: kind, Model: model, Plan: p, Version: version}
	err = conn.QueryRow(ctx, insertRevisionSQL, label, r.Fingerprint, r.Class, kind, string(m), string(pj), processUser(), version).
		Scan(&r.ID, &r.AppliedBy, &r.AppliedAt)
	if err != nil {
		return nil, fmt.Errorf("recording the revision in %s: %w", HistoryTable, err)
	}
	return r, nil
}

// processUser returns " (user@host)" for the operating-system user and host
// of this process, leaving out what cannot be known.
func processUser() string {
	name := ""
	if u, err := user.Current(); err == nil {
		name = u.Username
	}
	host, _ := os.Hostname()
	switch {
	case name != "" && host != "":
		return " (" + name + "@" + host + ")"
	case name != "":
		return " (" + name + ")"
	case host != "":
		return " (@" + host + ")"
	}
	return ""
}
