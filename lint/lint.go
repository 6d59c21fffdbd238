package lint

import (
	"slices"
	"strings"

	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/plan"
)

// Category groups the checks by what is at risk.
type Category string

// The categories.
const (
	// Destructive: data is lost.
	Destructive Category = "destructive"
	// DataDependent: the step may fail on existing rows.
	DataDependent Category = "data-dependent"
	// Locking: the step holds a long lock or rewrites an existing table.
	Locking Category = "locking"
	// BackwardIncompatible: the application version currently running
	// (which knows the old schema) breaks.
	BackwardIncompatible Category = "backward-incompatible"
)

// Severity says how serious a finding is.
type Severity string

// The severities, most serious first.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Rank orders the severities: info 1, warning 2, error 3; 0 for anything
// else.
func (s Severity) Rank() int {
	switch s {
	case Info:
		return 1
	case Warning:
		return 2
	case Error:
		return 3
	}
	return 0
}

// ParseSeverity returns the severity called s ("error", "warning" or
// "info"), and false for anything else.
func ParseSeverity(s string) (Severity, bool) {
	v := Severity(strings.ToLower(s))
	return v, v.Rank() > 0
}

// Class is a compatibility class in semantic-versioning terms.
type Class int

// The classes, in increasing order.
const (
	// Patch: no change visible to the application (comments, non-unique
	// indexes, statistics, storage, grants).
	Patch Class = iota
	// Minor: additive; the previous application version keeps working.
	Minor
	// Major: the previous application version breaks.
	Major
)

// String returns "PATCH", "MINOR" or "MAJOR".
func (c Class) String() string {
	switch c {
	case Patch:
		return "PATCH"
	case Minor:
		return "MINOR"
	}
	return "MAJOR"
}

// ParseClass returns the class called s (case-insensitive), and false for
// anything else.
func ParseClass(s string) (Class, bool) {
	switch strings.ToUpper(s) {
	case "PATCH":
		return Patch, true
	case "MINOR":
		return Minor, true
	case "MAJOR":
		return Major, true
	}
	return 0, false
}

// Finding is one hazard of one step (see plan.Finding for the fields).
type Finding = plan.Finding

// StepVerdict is lint's judgement of one step.
type StepVerdict struct {
	// Class is the step's compatibility class: the class of the change
	// the step comes from (all the steps of one change share it).
	Class Class
	// Forward is true when the new application version can run without
	// this step (on the schema before it).
	Forward bool
}

// Report is the result of Check.
type Report struct {
	// Class is the class of the whole plan: the highest of its steps',
	// Patch for an empty plan.
	Class Class
	// ForwardCompatible is true when the new application version can run
	// on the old schema: every step is Forward. Then migrate after the
	// rollout; otherwise before it (expand phase) and, for a Major plan,
	// contract after the old version is gone.
	ForwardCompatible bool
	// Steps holds one verdict per step of the plan, in order.
	Steps []StepVerdict
	// Findings are the findings, ordered by step, then code.
	Findings []Finding

	// probes are the data questions that can refine findings (same index
	// as Findings); see Probe.
	probes []*probe
	// severity are the severity overrides of Options, applied again after
	// Probe.
	severity map[string]Severity
}

// Allowance acknowledges findings of one code on one object: a
// "-- strata:allow CODE reason" comment on the statement that declares it
// (see ddl.Allowances).
type Allowance struct {
	// Code is the code allowed.
	Code string
	// Object is the qualified name of the object the statement declares
	// ("public.users"); the allowance covers findings on it and on what it
	// contains ("public.users.email").
	Object string
	// Reason is the text after the code.
	Reason string
}

// Options configure Check.
type Options struct {
	// Disabled are codes whose findings are left out.
	Disabled []string
	// Severity overrides the severity of the findings of a code.
	Severity map[string]Severity
	// Allow are the acknowledged findings; they stay in the report with
	// Finding.Allowed set, and never make Fails true.
	Allow []Allowance
}

// Check judges every step of p: its compatibility class, whether the new
// application version can run without it, and its findings. It reads the
// typed changes of the steps (plan.Step.Change), never their SQL; a step
// without a change (a plan artifact of format version 1) or with a change
// lint does not know gets the conservative default: class Major, not
// forward compatible, and an UN001 finding.
func Check(p *plan.Plan, opts Options) Report {
	ctx := newContext(p)
	r := Report{Class: Patch, ForwardCompatible: true, Steps: make([]StepVerdict, len(p.Steps))}
	back := newContext(invertedPlan(p))
	for _, g := range ctx.groups() {
		object := p.Steps[g.steps[0]].Object
		v := ctx.judge(g.change, object)
		fwd := false
		if inv := inverse(g.change); inv != nil {
			fwd = back.judge(inv, object).class < Major
		}
		for _, i := range g.steps {
			r.Steps[i] = StepVerdict{Class: v.class, Forward: fwd}
		}
		for _, f := range v.findings {
			i := g.stepFor(p, f.kinds)
			r.add(p, i, f)
		}
	}
	for _, s := range r.Steps {
		r.Class = max(r.Class, s.Class)
		r.ForwardCompatible = r.ForwardCompatible && s.Forward
	}
	r.configure(opts)
	return r
}

// add appends a finding of step i.
func (r *Report) add(p *plan.Plan, i int, f pending) {
	rule := rules[f.code]
	suggestion := f.suggestion
	if suggestion == "" {
		suggestion = rule.Suggestion
	}
	r.Findings = append(r.Findings, Finding{
		Code: f.code, Category: string(rule.Category), Severity: string(rule.Severity),
		Step: i, Object: p.Steps[i].Object, Message: f.message, Suggestion: suggestion,
	})
	r.probes = append(r.probes, f.probe)
}

// configure drops disabled codes, applies severity overrides and
// allowances, and sorts the findings.
func (r *Report) configure(opts Options) {
	var fs []Finding
	var ps []*probe
	for i, f := range r.Findings {
		if slices.Contains(opts.Disabled, f.Code) {
			continue
		}
		if s, ok := opts.Severity[f.Code]; ok {
			f.Severity = string(s)
		}
		for _, a := range opts.Allow {
			if a.Code == f.Code && (f.Object == a.Object || strings.HasPrefix(f.Object, a.Object+".") || strings.HasPrefix(f.Object, a.Object+"(")) {
				f.Allowed = a.Reason
				if f.Allowed == "" {
					f.Allowed = "allowed"
				}
			}
		}
		fs = append(fs, f)
		ps = append(ps, r.probes[i])
	}
	idx := make([]int, len(fs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		if fs[a].Step != fs[b].Step {
			return fs[a].Step - fs[b].Step
		}
		return strings.Compare(fs[a].Code, fs[b].Code)
	})
	r.Findings = make([]Finding, len(fs))
	r.probes = make([]*probe, len(fs))
	for k, i := range idx {
		r.Findings[k] = fs[i]
		r.probes[k] = ps[i]
	}
	r.severity = opts.Severity
}

// Fails reports whether the report reaches level: "error" (a finding of
// severity error), "warning" (error or warning), or a class "MAJOR" /
// "MINOR" / "PATCH" (a step of at least that class). Allowed findings
// never count; a step whose findings are all allowed does not count for a
// class level either (its exception was reviewed).
func (r Report) Fails(level string) bool {
	if c, ok := ParseClass(level); ok {
		for i, s := range r.Steps {
			if s.Class >= c && !r.AllAllowed(i) {
				return true
			}
		}
		return false
	}
	min, _ := ParseSeverity(level)
	for _, f := range r.Findings {
		if f.Allowed == "" && Severity(f.Severity).Rank() >= min.Rank() {
			return true
		}
	}
	return false
}

// AllAllowed reports whether step i has findings and all of them are
// allowed.
func (r Report) AllAllowed(i int) bool {
	n := 0
	for _, f := range r.Findings {
		if f.Step == i {
			if f.Allowed == "" {
				return false
			}
			n++
		}
	}
	return n > 0
}

// Annotate copies the report into p: the plan's class, forward
// compatibility and findings, and each step's class (the fields of the
// JSON plan artifact).
func Annotate(p *plan.Plan, r Report) {
	p.Class = r.Class.String()
	fc := r.ForwardCompatible
	p.ForwardCompatible = &fc
	p.Findings = slices.Clone(r.Findings)
	for i := range p.Steps {
		if i < len(r.Steps) {
			p.Steps[i].Class = r.Steps[i].Class.String()
		}
	}
}

// group is the steps that come from one change.
type group struct {
	change diff.Change
	steps  []int
}

// stepFor returns the step of g whose kind is the first of kinds found,
// or g's first step.
func (g group) stepFor(p *plan.Plan, kinds []string) int {
	for _, k := range kinds {
		for _, i := range g.steps {
			if p.Steps[i].Kind == k {
				return i
			}
		}
	}
	return g.steps[0]
}
