package ddl

import (
	"slices"
	"strings"

	"github.com/stratadb/strata/schema"
)

// CreateTrigger returns the CREATE [CONSTRAINT] TRIGGER statement for t.
// Its enabled state (see EnableTrigger) and comment are separate
// statements.
func CreateTrigger(t *schema.Trigger) string {
	var b strings.Builder
	b.WriteString("CREATE ")
	if t.Constraint {
		b.WriteString("CONSTRAINT ")
	}
	b.WriteString("TRIGGER " + schema.QuoteIdent(t.Name) + " " + strings.ToUpper(t.Timing) + " ")
	for i, e := range t.Events {
		if i > 0 {
			b.WriteString(" OR ")
		}
		b.WriteString(strings.ToUpper(e))
		if e == schema.TriggerUpdate && len(t.UpdateOf) > 0 {
			b.WriteString(" OF " + quoteIdents(t.UpdateOf))
		}
	}
	b.WriteString(" ON " + t.TableName().String())
	if t.From != nil {
		b.WriteString(" FROM " + t.From.String())
	}
	if t.Constraint {
		switch {
		case t.InitiallyDeferred:
			b.WriteString(" DEFERRABLE INITIALLY DEFERRED")
		case t.Deferrable:
			b.WriteString(" DEFERRABLE INITIALLY IMMEDIATE")
		default:
			b.WriteString(" NOT DEFERRABLE INITIALLY IMMEDIATE")
		}
	}
	if t.OldTable != "" || t.NewTable != "" {
		b.WriteString(" REFERENCING")
		if t.OldTable != "" {
			b.WriteString(" OLD TABLE AS " + schema.QuoteIdent(t.OldTable))
		}
		if t.NewTable != "" {
			b.WriteString(" NEW TABLE AS " + schema.QuoteIdent(t.NewTable))
		}
	}
	if t.ForEachRow {
		b.WriteString(" FOR EACH ROW")
	} else {
		b.WriteString(" FOR EACH STATEMENT")
	}
	if t.When != "" {
		b.WriteString(" WHEN (" + t.When + ")")
	}
	args := make([]string, len(t.Args))
	for i, a := range t.Args {
		args[i] = QuoteLiteral(a)
	}
	b.WriteString(" EXECUTE FUNCTION " + t.Function.String() + "(" + strings.Join(args, ", ") + ")")
	return b.String()
}

// quoteIdents quotes each name where needed and joins them with ", ".
func quoteIdents(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = schema.QuoteIdent(n)
	}
	return strings.Join(q, ", ")
}

// enabledWords returns the ENABLE / DISABLE clause for an enabled state.
func enabledWords(state string) string {
	switch state {
	case schema.TriggerDisabled:
		return "DISABLE"
	case schema.TriggerReplica:
		return "ENABLE REPLICA"
	case schema.TriggerAlways:
		return "ENABLE ALWAYS"
	}
	return "ENABLE"
}

// EnableTrigger returns the ALTER TABLE ... ENABLE [REPLICA | ALWAYS] /
// DISABLE TRIGGER statement that gives t its enabled state.
func EnableTrigger(t *schema.Trigger) string {
	return "ALTER TABLE " + t.TableName().String() + " " + enabledWords(t.Enabled) + " TRIGGER " + schema.QuoteIdent(t.Name)
}

// DropTrigger returns the DROP TRIGGER statement for t.
func DropTrigger(t *schema.Trigger) string {
	return "DROP TRIGGER " + schema.QuoteIdent(t.Name) + " ON " + t.TableName().String()
}

// CommentOnTrigger returns the statement that sets the comment of t; ""
// removes it.
func CommentOnTrigger(t *schema.Trigger, text string) string {
	return commentOn("TRIGGER "+schema.QuoteIdent(t.Name)+" ON "+t.TableName().String(), text)
}

// CreateEventTrigger returns the CREATE EVENT TRIGGER statement for t. Its
// enabled state (see EnableEventTrigger) and comment are separate
// statements.
func CreateEventTrigger(t *schema.EventTrigger) string {
	sql := "CREATE EVENT TRIGGER " + schema.QuoteIdent(t.Name) + " ON " + schema.QuoteIdent(t.Event)
	if len(t.Tags) > 0 {
		tags := make([]string, len(t.Tags))
		for i, tag := range t.Tags {
			tags[i] = QuoteLiteral(tag)
		}
		sql += " WHEN TAG IN (" + strings.Join(tags, ", ") + ")"
	}
	return sql + " EXECUTE FUNCTION " + t.Function.String() + "()"
}

// EnableEventTrigger returns the ALTER EVENT TRIGGER statement that gives t
// its enabled state.
func EnableEventTrigger(t *schema.EventTrigger) string {
	return "ALTER EVENT TRIGGER " + schema.QuoteIdent(t.Name) + " " + enabledWords(t.Enabled)
}

// CommentOnEventTrigger returns the statement that sets the comment of
// event trigger name; "" removes it.
func CommentOnEventTrigger(name, text string) string {
	return commentOn("EVENT TRIGGER "+schema.QuoteIdent(name), text)
}

// renderTriggersAndPolicies adds, after everything else a table can
// need, row-level security settings, policies, triggers and event
// triggers, each with its enabled state and comment.
func renderTriggersAndPolicies(s *script, db *schema.Database) {
	tables := slices.Clone(db.Tables)
	slices.SortFunc(tables, func(a, b *schema.Table) int { return compareQNames(a.QName(), b.QName()) })
	for _, t := range tables {
		for _, stmt := range RowSecurity(t, false, false) {
			s.add(stmt)
		}
	}
	s.section()
	policies := slices.Clone(db.Policies)
	slices.SortFunc(policies, func(a, b *schema.Policy) int {
		if c := compareQNames(a.TableName(), b.TableName()); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	for _, p := range policies {
		s.add(CreatePolicy(p))
		if p.Comment != "" {
			s.add(CommentOnPolicy(p, p.Comment))
		}
	}
	s.section()
	triggers := slices.Clone(db.Triggers)
	slices.SortFunc(triggers, func(a, b *schema.Trigger) int {
		if c := compareQNames(a.TableName(), b.TableName()); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	for _, t := range triggers {
		s.add(CreateTrigger(t))
		if t.Enabled != "" {
			s.add(EnableTrigger(t))
		}
		if t.Comment != "" {
			s.add(CommentOnTrigger(t, t.Comment))
		}
	}
	s.section()
	events := slices.Clone(db.EventTriggers)
	slices.SortFunc(events, func(a, b *schema.EventTrigger) int { return strings.Compare(a.Name, b.Name) })
	for _, t := range events {
		s.add(CreateEventTrigger(t))
		if t.Enabled != "" {
			s.add(EnableEventTrigger(t))
		}
		if t.Comment != "" {
			s.add(CommentOnEventTrigger(t.Name, t.Comment))
		}
	}
	s.section()
}
