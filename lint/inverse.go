package lint

import (
	"reflect"
	"strings"

	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/plan"
)

// inverse returns the change that undoes c: an Add becomes the Drop of the
// same object and back, an Alter swaps its From and To sides (AlterTable
// inverts its nested changes too). Forward compatibility is judged on it:
// the new application version runs on the old schema when the change
// from the new schema back to the old one is not Major. It returns nil
// for a change it cannot invert (then the step counts as not forward
// compatible).
func inverse(c diff.Change) diff.Change {
	if c == nil {
		return nil
	}
	name := diff.ChangeName(c)
	v := reflect.ValueOf(c)
	var other string
	switch {
	case strings.HasPrefix(name, "Add"):
		other = "Drop" + name[3:]
	case strings.HasPrefix(name, "Drop"):
		other = "Add" + name[4:]
	}
	if other != "" {
		z, ok := diff.ZeroChange(other)
		if !ok {
			return nil
		}
		out := reflect.New(reflect.TypeOf(z)).Elem()
		if out.NumField() != v.NumField() {
			return nil
		}
		for i := 0; i < out.NumField(); i++ {
			f := v.FieldByName(out.Type().Field(i).Name)
			if !f.IsValid() || f.Type() != out.Field(i).Type() {
				return nil
			}
			out.Field(i).Set(f)
		}
		return out.Interface().(diff.Change)
	}
	switch c := c.(type) {
	case diff.AlterTable:
		out := diff.AlterTable{From: c.To, To: c.From, Change: c.Change}
		for _, sub := range c.Changes {
			inv := inverse(sub)
			if inv == nil {
				return nil
			}
			out.Changes = append(out.Changes, inv)
		}
		return out
	case diff.AlterForeignTable:
		out := diff.AlterForeignTable{From: c.To, To: c.From, Change: c.Change, Added: c.Dropped, Dropped: c.Added}
		for _, a := range c.Altered {
			out.Altered = append(out.Altered, diff.ForeignColumnChange{From: a.To, To: a.From, Change: a.Change})
		}
		return out
	case diff.AlterPrivileges:
		return diff.AlterPrivileges{Object: c.Object, From: c.To, To: c.From, FromRevokes: c.ToRevokes, ToRevokes: c.FromRevokes}
	case diff.AlterDefaultPrivileges:
		return diff.AlterDefaultPrivileges{Role: c.Role, Schema: c.Schema, Kind: c.Kind, From: c.To, To: c.From, FromRevokes: c.ToRevokes, ToRevokes: c.FromRevokes}
	}
	out := reflect.New(v.Type()).Elem()
	out.Set(v)
	from, to := out.FieldByName("From"), out.FieldByName("To")
	if !from.IsValid() || !to.IsValid() || from.Type() != to.Type() {
		return nil
	}
	tmp := reflect.New(from.Type()).Elem()
	tmp.Set(from)
	from.Set(to)
	to.Set(tmp)
	return out.Interface().(diff.Change)
}

// invertedPlan returns p with every step's change inverted (the objects
// kept): the context in which inverses are judged.
func invertedPlan(p *plan.Plan) *plan.Plan {
	out := &plan.Plan{Steps: make([]plan.Step, len(p.Steps))}
	for i, s := range p.Steps {
		s.Change = inverse(s.Change)
		out.Steps[i] = s
	}
	return out
}
