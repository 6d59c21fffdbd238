package lint

import (
	"strings"

	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/plan"
)

// The phases of a plan.
const (
	// Expand is run before the new application version rolls out: the
	// steps the previous version survives (PATCH and MINOR).
	Expand = "expand"
	// Contract is run once the previous version is gone: the MAJOR steps
	// and every step that depends on one.
	Contract = "contract"
)

// Phases returns the phase of every step of p (r is Check(p, ...)). A
// step is in the contract phase when it is Major, or when it depends
// (plan.Step.After, transitively) on a step of the contract phase: it
// cannot run before what it needs. Every other step is in the expand
// phase. Running the expand steps, then the contract steps, each in plan
// order, respects every dependency of the plan (a step never depends on a
// later one, and no expand step depends on a contract step), so it
// reaches the same schema as the whole plan.
//
// An object the plan drops and creates again (a view around a column type
// change) is dropped in the phase it is created again in, so that the
// previous application version never runs without it.
func Phases(p *plan.Plan, r Report) []string {
	// recreatedBy maps the step of a drop to the later step that creates
	// the same object again.
	recreatedBy := map[int]int{}
	adds := map[string]int{}
	for j, s := range p.Steps {
		if name := diff.ChangeName(s.Change); strings.HasPrefix(name, "Add") {
			adds[name[3:]+" "+s.Object] = j
		}
	}
	for i, s := range p.Steps {
		if name := diff.ChangeName(s.Change); strings.HasPrefix(name, "Drop") {
			if j, ok := adds[name[4:]+" "+s.Object]; ok && j > i {
				recreatedBy[i] = j
			}
		}
	}
	out := make([]string, len(p.Steps))
	for changed := true; changed; {
		changed = false
		for i, s := range p.Steps {
			if out[i] == Contract {
				continue
			}
			contract := i < len(r.Steps) && r.Steps[i].Class == Major
			for _, j := range s.After {
				if j < i && out[j] == Contract {
					contract = true
				}
			}
			if j, ok := recreatedBy[i]; ok && out[j] == Contract {
				contract = true
			}
			if contract {
				out[i] = Contract
				changed = true
			} else {
				out[i] = Expand
			}
		}
	}
	return out
}

// Split returns the steps of p in phase (Expand or Contract), in plan
// order, as a plan of their own, with the part of r about them: After and
// the findings' step indexes are renumbered, and the findings of the
// other phase are left out. The expand plan keeps p.From and has no To,
// the contract plan keeps p.To and has no From: the schema between the
// phases is not modeled.
func Split(p *plan.Plan, r Report, phase string) (*plan.Plan, Report) {
	phases := Phases(p, r)
	out := &plan.Plan{FormatVersion: p.FormatVersion, Class: p.Class}
	sub := Report{Class: Patch, ForwardCompatible: true, severity: r.severity}
	switch phase {
	case Expand:
		out.From = p.From
	case Contract:
		out.To = p.To
	}
	index := map[int]int{}
	for i, s := range p.Steps {
		if phases[i] != phase {
			continue
		}
		index[i] = len(out.Steps)
		var after []int
		for _, j := range s.After {
			if k, ok := index[j]; ok {
				after = append(after, k)
			}
		}
		s.After = after
		out.Steps = append(out.Steps, s)
		if i < len(r.Steps) {
			sub.Steps = append(sub.Steps, r.Steps[i])
			sub.Class = max(sub.Class, r.Steps[i].Class)
			sub.ForwardCompatible = sub.ForwardCompatible && r.Steps[i].Forward
		}
	}
	for k, f := range r.Findings {
		if j, ok := index[f.Step]; ok {
			f.Step = j
			sub.Findings = append(sub.Findings, f)
			sub.probes = append(sub.probes, r.probes[k])
		}
	}
	if p.Class != "" {
		Annotate(out, sub)
	}
	return out, sub
}
