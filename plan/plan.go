package plan

import (
	"errors"
	"strings"

	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// FormatVersion is the version of the plan's JSON form; it changes when the
// form changes. Version 2 added the steps' "change", "after" and "class"
// and the plan's "class", "forward_compatible" and "findings"; a version 1
// plan still reads (its steps carry no change: lint judges them
// conservatively).
const FormatVersion = 2

// Plan is an ordered list of steps that turns the database described by
// From into the one described by To.
type Plan struct {
	// FormatVersion is FormatVersion when the plan was built.
	FormatVersion int `json:"format_version"`
	// From is the fingerprint (schema.Fingerprint) of the model planned from.
	From string `json:"from"`
	// To is the fingerprint of the model planned to.
	To string `json:"to"`
	// Class is the compatibility class of the whole plan ("PATCH",
	// "MINOR", "MAJOR"), set by lint.Annotate; empty when not linted.
	Class string `json:"class,omitempty"`
	// ForwardCompatible, set by lint.Annotate, tells whether the new
	// application version can run on the old schema (migrate after the
	// rollout); nil when not linted.
	ForwardCompatible *bool `json:"forward_compatible,omitempty"`
	// Findings are lint's findings (lint.Annotate), in step order.
	Findings []Finding `json:"findings,omitempty"`
	// Steps are the statements to run, in order.
	Steps []Step `json:"steps"`
}

// Step is one SQL statement of a plan.
type Step struct {
	// SQL is the statement, without a final semicolon.
	SQL string `json:"sql"`
	// Object is the qualified name of the object the statement changes,
	// e.g. "public.users.email".
	Object string `json:"object"`
	// Kind says what the statement does, e.g. "add column", "drop index".
	Kind string `json:"kind"`
	// Transactional is false for a statement that must not run inside a
	// transaction block (CREATE INDEX CONCURRENTLY), or whose effect must
	// be committed before later steps can use it (ALTER TYPE ... ADD
	// VALUE).
	Transactional bool `json:"transactional"`
	// Class is the step's compatibility class (lint.Annotate); empty
	// when not linted.
	Class string `json:"class,omitempty"`
	// After lists the indexes (0-based) of the earlier steps this one
	// depends on directly; lint.Split uses them to keep dependencies
	// across the expand and contract phases.
	After []int `json:"after,omitempty"`
	// Change is the change the step comes from. The JSON form (format
	// version 2) carries it as "change" (see diff.EncodeChange).
	Change diff.Change `json:"-"`
}

// Options tune how a plan is built.
type Options struct {
	// Roles are the roles that exist on the server the plan is for (see
	// inspect.Roles); a plan that grants privileges to another role fails
	// to build, with an error naming it. Nil skips the check: the step
	// then fails when it runs. Strata never creates or drops roles.
	Roles []string
	// Concurrently creates and drops indexes of existing, non-partitioned
	// tables with CONCURRENTLY, in non-transactional steps.
	Concurrently bool
}

// Build returns the plan that carries out changes. It fails only when the
// steps' dependencies form a cycle; the error then prints the cycle.
func Build(changes diff.Changes, opts Options) (*Plan, error) {
	from, to := changes.From, changes.To
	if from == nil {
		from = &schema.Database{}
	}
	if to == nil {
		to = &schema.Database{}
	}
	list := changes.List
	done := map[string]bool{}
	var b *builder
	for {
		b = newBuilder(from, to, diff.Changes{From: from, To: to, List: list}, opts)
		for _, c := range list {
			b.change(c)
		}
		b.forcedForeignKeys()
		b.persistenceOrder()
		more, ok := b.cascade(list, done)
		if !ok {
			break
		}
		list = more // objects to recreate around the changes: build again
	}
	removed := b.removedSchemas()
	b.privileges(b.liveDefaultPrivileges(removed))
	b.defaultPrivileges(list, removed)
	if len(b.errs) > 0 {
		return nil, errors.Join(b.errs...)
	}
	nodes, err := order(b.nodes)
	if err != nil {
		return nil, err
	}
	p := &Plan{
		FormatVersion: FormatVersion,
		From:          schema.Fingerprint(from),
		To:            schema.Fingerprint(to),
		Steps:         make([]Step, 0, len(nodes)),
	}
	for _, n := range nodes {
		p.Steps = append(p.Steps, Step{SQL: n.sql, Object: n.object, Kind: n.kind, Transactional: !n.nonTransactional, Change: n.change})
	}
	stepDependencies(p, nodes)
	return p, nil
}

// notTransactional is the comment line SQL writes before a step that must
// run outside a transaction block.
const notTransactional = "-- strata: not transactional"

// SQL returns the plan as an executable script: each statement ends with
// ";" and a newline; a statement that cannot run in a transaction is
// preceded by the line "-- strata: not transactional".
func (p *Plan) SQL() string {
	var b strings.Builder
	for _, s := range p.Steps {
		if !s.Transactional {
			b.WriteString(notTransactional + "\n")
		}
		b.WriteString(s.SQL)
		b.WriteString(";\n")
	}
	return b.String()
}
