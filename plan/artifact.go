package plan

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// Finding is one hazard lint found in a plan (see package lint, which
// computes them; the plan only carries them).
type Finding struct {
	// Code is the stable code of the check, e.g. "DS103".
	Code string `json:"code"`
	// Category is "destructive", "data-dependent", "locking" or
	// "backward-incompatible".
	Category string `json:"category"`
	// Severity is "error", "warning" or "info".
	Severity string `json:"severity"`
	// Step is the index (0-based) of the step the finding is about.
	Step int `json:"step"`
	// Object is the object of that step.
	Object string `json:"object"`
	// Message says what the step risks, in plain words.
	Message string `json:"message"`
	// Suggestion says what to do about it.
	Suggestion string `json:"suggestion,omitempty"`
	// Allowed is the reason given by a "-- strata:allow CODE reason"
	// comment that acknowledges the finding; empty when none did. An
	// allowed finding never fails a check.
	Allowed string `json:"allowed,omitempty"`
}

// stepDependencies fills Step.After from the graph edges of the ordered
// nodes.
func stepDependencies(p *Plan, nodes []*node) {
	index := make(map[*node]int, len(nodes))
	for i, n := range nodes {
		index[n] = i
	}
	for i, n := range nodes {
		for _, s := range n.succ {
			j, ok := index[s]
			if ok && j > i && !slices.Contains(p.Steps[j].After, i) {
				p.Steps[j].After = append(p.Steps[j].After, i)
			}
		}
	}
	// The builder orders some steps of one table by phase only (a primary
	// key is dropped before its column's NOT NULL, a partition's own key
	// before it is attached): count every earlier drop of a constraint or
	// index of a table as a dependency of the table's later steps.
	drops := map[schema.QName][]int{}
	for j, s := range p.Steps {
		t, ok := stepTable(s.Change)
		if !ok {
			continue
		}
		for _, i := range drops[t] {
			if !slices.Contains(p.Steps[j].After, i) {
				p.Steps[j].After = append(p.Steps[j].After, i)
			}
		}
		switch s.Change.(type) {
		case diff.DropConstraint, diff.DropIndex:
			drops[t] = append(drops[t], j)
		}
	}
	for i := range p.Steps {
		slices.Sort(p.Steps[i].After)
	}
}

// stepTable returns the table a change is about, for the changes of and in
// a table.
func stepTable(c diff.Change) (schema.QName, bool) {
	switch c := c.(type) {
	case diff.AddColumn:
		return c.Table, true
	case diff.DropColumn:
		return c.Table, true
	case diff.AlterColumn:
		return c.Table, true
	case diff.AddConstraint:
		return c.Table, true
	case diff.DropConstraint:
		return c.Table, true
	case diff.AlterConstraint:
		return c.Table, true
	case diff.AddIndex:
		return c.Table, true
	case diff.DropIndex:
		return c.Table, true
	case diff.AlterIndex:
		return c.Table, true
	case diff.AlterTable:
		return c.To.QName(), true
	}
	return schema.QName{}, false
}

// stepFields is Step without its methods, for the JSON encoder.
type stepFields Step

type stepJSON struct {
	stepFields
	ChangeData json.RawMessage `json:"change,omitempty"`
	// SameChangeAs is the index of an earlier step that comes from the
	// same change, written instead of the change itself (a plan's steps
	// often share one: a table and its comments).
	SameChangeAs *int `json:"same_change_as,omitempty"`
}

// planFields is Plan without its methods, for the JSON encoder.
type planFields Plan

type planJSON struct {
	planFields
	Steps []stepJSON `json:"steps"`
}

// MarshalJSON writes the plan; a step whose change is the change of an
// earlier step refers to it ("same_change_as") instead of repeating it.
func (p Plan) MarshalJSON() ([]byte, error) {
	out := planJSON{planFields: planFields(p), Steps: make([]stepJSON, len(p.Steps))}
	seen := map[string][]int{}
	for i, s := range p.Steps {
		out.Steps[i] = stepJSON{stepFields: stepFields(s)}
		if s.Change == nil {
			continue
		}
		key := diff.ChangeName(s.Change) + "\x00" + s.Change.String()
		same := -1
		for _, j := range seen[key] {
			if reflect.DeepEqual(p.Steps[j].Change, s.Change) {
				same = j
				break
			}
		}
		if same >= 0 {
			out.Steps[i].SameChangeAs = &same
			continue
		}
		seen[key] = append(seen[key], i)
		raw, err := diff.EncodeChange(s.Change)
		if err != nil {
			return nil, err
		}
		out.Steps[i].ChangeData = raw
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads a plan written by MarshalJSON.
func (p *Plan) UnmarshalJSON(data []byte) error {
	var in planJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return err
	}
	*p = Plan(in.planFields)
	p.Steps = make([]Step, len(in.Steps))
	for i, s := range in.Steps {
		p.Steps[i] = Step(s.stepFields)
		switch {
		case s.SameChangeAs != nil:
			j := *s.SameChangeAs
			if j < 0 || j >= i {
				return fmt.Errorf("step %d: same_change_as %d is not an earlier step", i, j)
			}
			p.Steps[i].Change = p.Steps[j].Change
		case len(s.ChangeData) > 0:
			c, err := diff.DecodeChange(s.ChangeData)
			if err != nil && !errors.Is(err, diff.ErrUnknownChange) {
				return fmt.Errorf("step %d: %w", i, err)
			}
			p.Steps[i].Change = c
		}
	}
	return nil
}

// MarshalJSON writes the step with its change (diff.EncodeChange).
func (s Step) MarshalJSON() ([]byte, error) {
	out := stepJSON{stepFields: stepFields(s)}
	if s.Change != nil {
		raw, err := diff.EncodeChange(s.Change)
		if err != nil {
			return nil, err
		}
		out.ChangeData = raw
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads a step written by MarshalJSON. A change of a type
// this version does not know (diff.ErrUnknownChange) leaves Change nil.
func (s *Step) UnmarshalJSON(data []byte) error {
	var in stepJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return err
	}
	*s = Step(in.stepFields)
	if len(in.ChangeData) > 0 {
		c, err := diff.DecodeChange(in.ChangeData)
		if err != nil && !errors.Is(err, diff.ErrUnknownChange) {
			return err
		}
		s.Change = c
	}
	return nil
}

// ReadJSON decodes a plan artifact (the JSON form of a Plan, as written by
// strata plan --out). It accepts format versions 1 and 2.
func ReadJSON(data []byte) (*Plan, error) {
	var p Plan
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, fmt.Errorf("reading the plan: %w", err)
	}
	if p.FormatVersion < 1 || p.FormatVersion > FormatVersion {
		return nil, fmt.Errorf("reading the plan: format_version %d is not supported (this strata reads 1 to %d)", p.FormatVersion, FormatVersion)
	}
	return &p, nil
}

// CommentedSQL returns SQL() with lint's judgement as comments: a header
// line with the plan's class, then above each step its class and its
// findings ("-- DS103 error destructive: ..." and "--   suggestion: ...").
// A plan without class (not linted) or without steps gives exactly SQL().
func (p *Plan) CommentedSQL() string {
	if p.Class == "" || len(p.Steps) == 0 {
		return p.SQL()
	}
	var b strings.Builder
	fc := "unknown"
	if p.ForwardCompatible != nil {
		fc = map[bool]string{true: "yes", false: "no"}[*p.ForwardCompatible]
	}
	fmt.Fprintf(&b, "-- strata: class %s, forward compatible: %s, %d finding(s)\n", p.Class, fc, len(p.Findings))
	byStep := map[int][]Finding{}
	for _, f := range p.Findings {
		byStep[f.Step] = append(byStep[f.Step], f)
	}
	for i, s := range p.Steps {
		b.WriteString("\n")
		if s.Class != "" {
			fmt.Fprintf(&b, "-- step %d: %s\n", i+1, s.Class)
		}
		for _, f := range byStep[i] {
			fmt.Fprintf(&b, "-- %s %s %s: %s\n", f.Code, f.Severity, f.Category, oneLine(f.Message))
			if f.Suggestion != "" {
				fmt.Fprintf(&b, "--   suggestion: %s\n", oneLine(f.Suggestion))
			}
			if f.Allowed != "" {
				fmt.Fprintf(&b, "--   allowed: %s\n", oneLine(f.Allowed))
			}
		}
		if !s.Transactional {
			b.WriteString(notTransactional + "\n")
		}
		b.WriteString(s.SQL)
		b.WriteString(";\n")
	}
	return b.String()
}

// oneLine keeps a text on one comment line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
