package lint

import (
	"fmt"
	"strings"

	"github.com/stratadb/strata/plan"
)

// Summary is the JSON form of a lint report (strata lint --format json).
type Summary struct {
	// Class is the plan's class: "PATCH", "MINOR" or "MAJOR".
	Class string `json:"class"`
	// ForwardCompatible tells whether the new application version can
	// run on the old schema.
	ForwardCompatible bool `json:"forward_compatible"`
	// Findings are the findings, by step.
	Findings []Finding `json:"findings"`
	// Steps are the steps with their class and phase.
	Steps []StepSummary `json:"steps"`
}

// StepSummary is one step of a Summary.
type StepSummary struct {
	Step   int    `json:"step"`
	Object string `json:"object"`
	Kind   string `json:"kind"`
	Class  string `json:"class"`
	// Phase is "expand" or "contract" (see Phases).
	Phase string `json:"phase"`
}

// Summarize returns the JSON form of r for p.
func Summarize(p *plan.Plan, r Report) Summary {
	s := Summary{Class: r.Class.String(), ForwardCompatible: r.ForwardCompatible, Findings: r.Findings, Steps: []StepSummary{}}
	if s.Findings == nil {
		s.Findings = []Finding{}
	}
	phases := Phases(p, r)
	for i, st := range p.Steps {
		s.Steps = append(s.Steps, StepSummary{Step: i, Object: st.Object, Kind: st.Kind, Class: r.Steps[i].Class.String(), Phase: phases[i]})
	}
	return s
}

// Text returns r for people: one block per finding, then a summary line.
// Steps are numbered from 1.
func Text(p *plan.Plan, r Report) string {
	var b strings.Builder
	for _, f := range r.Findings {
		fmt.Fprintf(&b, "step %d (%s %s): %s %s %s\n  %s\n", f.Step+1, p.Steps[f.Step].Kind, f.Object, f.Code, f.Severity, f.Category, f.Message)
		if f.Suggestion != "" {
			fmt.Fprintf(&b, "  suggestion: %s\n", f.Suggestion)
		}
		if f.Allowed != "" {
			fmt.Fprintf(&b, "  allowed: %s\n", f.Allowed)
		}
	}
	b.WriteString(summaryLine(p, r) + "\n")
	return b.String()
}

func summaryLine(p *plan.Plan, r Report) string {
	var e, w, i int
	for _, f := range r.Findings {
		switch Severity(f.Severity) {
		case Error:
			e++
		case Warning:
			w++
		default:
			i++
		}
	}
	fc := "no: migrate before the new version rolls out"
	if r.ForwardCompatible {
		fc = "yes: the new version also runs on the old schema"
	}
	return fmt.Sprintf("%d step(s), class %s, %d error(s), %d warning(s), %d info; forward compatible: %s", len(p.Steps), r.Class, e, w, i, fc)
}

// Markdown returns a report ready to post on a pull request: summary,
// class, a table of the findings and the SQL with the step numbers.
func Markdown(p *plan.Plan, r Report) string {
	var b strings.Builder
	b.WriteString("## Strata plan\n\n")
	if len(p.Steps) == 0 {
		b.WriteString("No changes.\n")
		return b.String()
	}
	fmt.Fprintf(&b, "**Class: %s** — %s\n\n", r.Class, summaryLine(p, r))
	phases := Phases(p, r)
	var contract int
	for _, ph := range phases {
		if ph == Contract {
			contract++
		}
	}
	if contract > 0 {
		fmt.Fprintf(&b, "Phases: %d step(s) in expand (run before the rollout), %d in contract (run after the previous version is gone): `strata plan --phase expand|contract`.\n\n", len(phases)-contract, contract)
	}
	if len(r.Findings) > 0 {
		b.WriteString("| Step | Code | Severity | Category | Object | Message | Suggestion |\n")
		b.WriteString("|---:|---|---|---|---|---|---|\n")
		for _, f := range r.Findings {
			sev := f.Severity
			if f.Allowed != "" {
				sev += " (allowed: " + f.Allowed + ")"
			}
			fmt.Fprintf(&b, "| %d | %s | %s | %s | `%s` | %s | %s |\n", f.Step+1, f.Code, cell(sev), f.Category, cell(f.Object), cell(f.Message), cell(f.Suggestion))
		}
		b.WriteString("\n")
	}
	b.WriteString("<details><summary>SQL</summary>\n\n```sql\n")
	for i, s := range p.Steps {
		fmt.Fprintf(&b, "-- step %d: %s, %s\n", i+1, r.Steps[i].Class, phases[i])
		if !s.Transactional {
			b.WriteString("-- strata: not transactional\n")
		}
		b.WriteString(s.SQL + ";\n")
	}
	b.WriteString("```\n\n</details>\n")
	return b.String()
}

// cell escapes text for a Markdown table cell.
func cell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, "|", `\|`)
}
