package inspect

import (
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/schema"
)

// enabledStates maps pg_trigger.tgenabled and pg_event_trigger.evtenabled
// to Trigger.Enabled and EventTrigger.Enabled.
var enabledStates = map[string]string{
	"O": "", "D": schema.TriggerDisabled, "R": schema.TriggerReplica, "A": schema.TriggerAlways,
}

// readTriggers reads the triggers of tables and views, converting
// pg_get_triggerdef with the code that parses CREATE TRIGGER. It runs after
// readColumns: a WHEN clause is converted with its table's columns.
func readTriggers(r *reader, cat *catalogRows) error {
	return r.each("triggers", func(rows pgx.Rows) error {
		var oid uint32
		var sch, rel, relkind, name, def, enabled string
		var comment *string
		if err := rows.Scan(&oid, &sch, &rel, &relkind, &name, &def, &enabled, &comment); err != nil {
			return err
		}
		var t *schema.Table
		if tr := cat.tableByOID[oid]; tr != nil {
			t = tr.table
		}
		trg, err := ddl.TriggerFromDef(def, t)
		if err != nil {
			return fmt.Errorf("trigger %s on %s: %w", name, schema.QName{Schema: sch, Name: rel}, err)
		}
		state, ok := enabledStates[enabled]
		if !ok {
			return fmt.Errorf("trigger %s on %s: unknown enabled state %q", name, schema.QName{Schema: sch, Name: rel}, enabled)
		}
		trg.Schema, trg.Table, trg.Name = sch, rel, name
		trg.Enabled, trg.Comment = state, str(comment)
		cat.db.Triggers = append(cat.db.Triggers, trg)
		return nil
	})
}

// readEventTriggers reads the event triggers.
func readEventTriggers(r *reader, cat *catalogRows) error {
	return r.each("event_triggers", func(rows pgx.Rows) error {
		var e schema.EventTrigger
		var enabled string
		var comment *string
		if err := rows.Scan(&e.Name, &e.Event, &e.Tags, &e.Function.Schema, &e.Function.Name, &enabled, &comment); err != nil {
			return err
		}
		state, ok := enabledStates[enabled]
		if !ok {
			return fmt.Errorf("event trigger %s: unknown enabled state %q", e.Name, enabled)
		}
		e.Enabled, e.Comment = state, str(comment)
		cat.db.EventTriggers = append(cat.db.EventTriggers, &e)
		return nil
	})
}
