package diff

import (
	"reflect"
	"strings"

	"github.com/stratadb/strata/schema"
)

// AddTrigger creates a trigger.
type AddTrigger struct{ Trigger *schema.Trigger }

// DropTrigger drops a trigger.
type DropTrigger struct{ Trigger *schema.Trigger }

// AlterTrigger changes a trigger. Its enabled state and comment change in
// place; any other change (see InPlace) needs the trigger dropped and
// created again.
type AlterTrigger struct {
	From, To *schema.Trigger
	Change   TriggerChange
}

// TriggerChange is the set of trigger attributes that differ.
type TriggerChange uint32

// The attributes of a trigger. TriggerDefinition covers everything CREATE
// TRIGGER sets: timing, events, columns, level, WHEN, function, arguments,
// constraint trigger settings and transition tables.
const (
	TriggerDefinition TriggerChange = 1 << iota
	TriggerEnabled
	TriggerComment
)

func (c TriggerChange) String() string {
	return bitNames(uint32(c), []string{"definition", "enabled", "comment"})
}

// InPlace reports whether the change needs no new CREATE TRIGGER.
func (c AlterTrigger) InPlace() bool { return c.Change&TriggerDefinition == 0 }

// AddEventTrigger creates an event trigger.
type AddEventTrigger struct{ EventTrigger *schema.EventTrigger }

// DropEventTrigger drops an event trigger.
type DropEventTrigger struct{ EventTrigger *schema.EventTrigger }

// AlterEventTrigger changes an event trigger: its enabled state and
// comment in place, anything else (TriggerDefinition: event, tags,
// function) by dropping and creating it again.
type AlterEventTrigger struct {
	From, To *schema.EventTrigger
	Change   TriggerChange
}

// InPlace reports whether the change needs no new CREATE EVENT TRIGGER.
func (c AlterEventTrigger) InPlace() bool { return c.Change&TriggerDefinition == 0 }

func (AddTrigger) isChange()        {}
func (DropTrigger) isChange()       {}
func (AlterTrigger) isChange()      {}
func (AddEventTrigger) isChange()   {}
func (DropEventTrigger) isChange()  {}
func (AlterEventTrigger) isChange() {}

func triggerName(t *schema.Trigger) string {
	return t.TableName().String() + "." + schema.QuoteIdent(t.Name)
}

func (c AddTrigger) String() string  { return "add trigger " + triggerName(c.Trigger) }
func (c DropTrigger) String() string { return "drop trigger " + triggerName(c.Trigger) }
func (c AlterTrigger) String() string {
	return "alter trigger " + triggerName(c.To) + ": " + c.Change.String()
}
func (c AddEventTrigger) String() string {
	return "add event trigger " + schema.QuoteIdent(c.EventTrigger.Name)
}
func (c DropEventTrigger) String() string {
	return "drop event trigger " + schema.QuoteIdent(c.EventTrigger.Name)
}
func (c AlterEventTrigger) String() string {
	return "alter event trigger " + schema.QuoteIdent(c.To.Name) + ": " + c.Change.String()
}

func compareTriggerKeys(a, b *schema.Trigger) int {
	if c := compareQName(a.TableName(), b.TableName()); c != 0 {
		return c
	}
	return strings.Compare(a.Name, b.Name)
}

// compareTriggers compares the triggers by table and name. The triggers
// of a table that is dropped and created again (a changed partition key)
// are not reported: the planner's cascade re-creates them with it.
func compareTriggers(list []Change, from, to *schema.Database) []Change {
	mergeSorted(from.Triggers, to.Triggers, compareTriggerKeys, func(a, b *schema.Trigger, hasA, hasB bool) {
		switch {
		case !hasB:
			list = append(list, DropTrigger{a})
		case !hasA:
			list = append(list, AddTrigger{b})
		default:
			if ch := triggerChange(a, b); ch != 0 {
				list = append(list, AlterTrigger{a, b, ch})
			}
		}
	})
	return list
}

func triggerChange(a, b *schema.Trigger) TriggerChange {
	var ch TriggerChange
	x, y := *a, *b
	x.Enabled, x.Comment, y.Enabled, y.Comment = "", "", "", ""
	if !reflect.DeepEqual(x, y) {
		ch |= TriggerDefinition
	}
	if a.Enabled != b.Enabled {
		ch |= TriggerEnabled
	}
	if a.Comment != b.Comment {
		ch |= TriggerComment
	}
	return ch
}

// compareEventTriggers compares the event triggers by name.
func compareEventTriggers(list []Change, from, to []*schema.EventTrigger) []Change {
	mergeSorted(from, to, func(a, b *schema.EventTrigger) int { return strings.Compare(a.Name, b.Name) },
		func(a, b *schema.EventTrigger, hasA, hasB bool) {
			switch {
			case !hasB:
				list = append(list, DropEventTrigger{a})
			case !hasA:
				list = append(list, AddEventTrigger{b})
			default:
				var ch TriggerChange
				x, y := *a, *b
				x.Enabled, x.Comment, y.Enabled, y.Comment = "", "", "", ""
				if !reflect.DeepEqual(x, y) {
					ch |= TriggerDefinition
				}
				if a.Enabled != b.Enabled {
					ch |= TriggerEnabled
				}
				if a.Comment != b.Comment {
					ch |= TriggerComment
				}
				if ch != 0 {
					list = append(list, AlterEventTrigger{a, b, ch})
				}
			}
		})
	return list
}

// compareTriggersAndPolicies compares triggers, event triggers, policies
// and row-level security flags, in that order.
func compareTriggersAndPolicies(list []Change, from, to *schema.Database) []Change {
	recreated := recreatedTables(models{tableMap(from), tableMap(to)})
	list = compareTriggers(list, from, to)
	list = compareEventTriggers(list, from.EventTriggers, to.EventTriggers)
	list = comparePolicies(list, from, to)
	return compareRowSecurity(list, from, to, recreated)
}
