package schema

import (
	"slices"
	"strings"
)

// Trigger timings, as stored in Trigger.Timing.
const (
	TriggerBefore    = "before"
	TriggerAfter     = "after"
	TriggerInsteadOf = "instead of"
)

// Trigger events, as listed in Trigger.Events (in this order).
const (
	TriggerInsert   = "insert"
	TriggerDelete   = "delete"
	TriggerUpdate   = "update"
	TriggerTruncate = "truncate"
)

// Enabled states of triggers and event triggers (pg_trigger.tgenabled,
// pg_event_trigger.evtenabled), as stored in Trigger.Enabled and
// EventTrigger.Enabled. The zero value "" is the default: the trigger fires
// in the "origin" and "local" session replication roles (ENABLE TRIGGER).
const (
	TriggerDisabled = "disabled" // DISABLE TRIGGER: never fires
	TriggerReplica  = "replica"  // ENABLE REPLICA TRIGGER: fires in replica mode only
	TriggerAlways   = "always"   // ENABLE ALWAYS TRIGGER: fires in every mode
)

// Trigger is a trigger on a table or view (CREATE [CONSTRAINT] TRIGGER).
//
// Triggers are a database-level list rather than a field of Table because
// they also live on views (INSTEAD OF) and foreign tables, which are not
// tables of the model, and because a trigger is created, dropped and
// re-created around its function and columns independently of its table.
// A trigger PostgreSQL clones onto the partitions of a partitioned table
// belongs to the parent only, like indexes; internal triggers (those behind
// foreign keys) are never listed.
type Trigger struct {
	// Schema is the schema of the table (triggers have no schema of their
	// own).
	Schema string `json:"schema"`
	// Table is the name of the table or view the trigger is on.
	Table string `json:"table"`
	// Name is the trigger name, unique per table.
	Name string `json:"name"`
	// Timing is TriggerBefore, TriggerAfter or TriggerInsteadOf.
	Timing string `json:"timing"`
	// Events are the events that fire the trigger, in the order
	// TriggerInsert, TriggerDelete, TriggerUpdate, TriggerTruncate.
	Events []string `json:"events"`
	// UpdateOf are the columns of UPDATE OF, sorted by name; empty when
	// any update fires the trigger.
	UpdateOf []string `json:"update_of,omitempty"`
	// ForEachRow is true for FOR EACH ROW, false for FOR EACH STATEMENT.
	ForEachRow bool `json:"for_each_row,omitempty"`
	// When is the canonical WHEN condition; empty when there is none.
	// Columns of the old and new rows are written old.col and new.col.
	When string `json:"when,omitempty"`
	// Function is the trigger function that EXECUTE FUNCTION calls.
	Function QName `json:"function"`
	// Args are the arguments passed to the function (TG_ARGV), as strings.
	Args []string `json:"args,omitempty"`
	// Constraint is true for a constraint trigger (CREATE CONSTRAINT
	// TRIGGER).
	Constraint bool `json:"constraint,omitempty"`
	// Deferrable is true for a DEFERRABLE constraint trigger.
	Deferrable bool `json:"deferrable,omitempty"`
	// InitiallyDeferred is true for DEFERRABLE INITIALLY DEFERRED.
	InitiallyDeferred bool `json:"initially_deferred,omitempty"`
	// From is the table of FROM of a constraint trigger, or nil.
	From *QName `json:"from,omitempty"`
	// OldTable is the name of REFERENCING OLD TABLE AS; empty when none.
	OldTable string `json:"old_table,omitempty"`
	// NewTable is the name of REFERENCING NEW TABLE AS; empty when none.
	NewTable string `json:"new_table,omitempty"`
	// Enabled is "" (the default), TriggerDisabled, TriggerReplica or
	// TriggerAlways.
	Enabled string `json:"enabled,omitempty"`
	// Comment is the COMMENT ON TRIGGER text; empty when there is none.
	Comment string `json:"comment,omitempty"`
}

// TableName returns the qualified name of the trigger's table.
func (t *Trigger) TableName() QName { return QName{t.Schema, t.Table} }

// EventTrigger is an event trigger (CREATE EVENT TRIGGER). Event triggers
// belong to the database, not to a schema.
type EventTrigger struct {
	// Name is the event trigger name.
	Name string `json:"name"`
	// Event is the event: "ddl_command_start", "ddl_command_end",
	// "sql_drop", "table_rewrite" (or "login" on PostgreSQL 17 and later).
	Event string `json:"event"`
	// Tags are the command tags of WHEN TAG IN (...), upper-case, in the
	// order given; empty when every command fires it.
	Tags []string `json:"tags,omitempty"`
	// Function is the function that EXECUTE FUNCTION calls.
	Function QName `json:"function"`
	// Enabled is "" (the default), TriggerDisabled, TriggerReplica or
	// TriggerAlways.
	Enabled string `json:"enabled,omitempty"`
	// Comment is the COMMENT ON EVENT TRIGGER text; empty when there is
	// none.
	Comment string `json:"comment,omitempty"`
}

// normalizeTriggers sorts the triggers by table and name and the event
// triggers by name, and puts their lists in canonical form.
func normalizeTriggers(db *Database) {
	slices.SortFunc(db.Triggers, func(a, b *Trigger) int {
		if c := compareQName(a.TableName(), b.TableName()); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	db.Triggers = nilIfEmpty(db.Triggers)
	for _, t := range db.Triggers {
		slices.Sort(t.UpdateOf)
		t.UpdateOf = nilIfEmpty(t.UpdateOf)
		t.Events = nilIfEmpty(t.Events)
		t.Args = nilIfEmpty(t.Args)
	}
	slices.SortFunc(db.EventTriggers, func(a, b *EventTrigger) int { return strings.Compare(a.Name, b.Name) })
	db.EventTriggers = nilIfEmpty(db.EventTriggers)
	for _, t := range db.EventTriggers {
		t.Tags = nilIfEmpty(t.Tags)
	}
}
