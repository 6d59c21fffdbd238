package plan

import (
	"strings"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// noBodyCheck precedes the creation of a function with a string body.
// PostgreSQL checks such a body against the catalog when the function is
// created (check_function_bodies: a SQL function's queries, a PL/pgSQL
// function's %ROWTYPE declarations), but records no dependency on what it
// names: the tables it reads may come later in the plan (or only exist in
// a cycle with it, a default that calls it), and nothing orders them. Turning the check off for the rest of the session is what
// pg_dump does; the body is checked when the function runs. SQL-standard
// bodies (BEGIN ATOMIC, RETURN) are always checked and do record
// dependencies: their references order them instead (functionRequires).
const noBodyCheck = "SET check_function_bodies = false;\n"

// funcProvides returns what f provides: its signature and its name
// (what expressions that call it by name need).
func funcProvides(f *schema.Function) []string {
	return []string{rFunction(f.Signature()), rFunctionName(f.QName())}
}

// functionRequires returns what f uses: its schema, the types of its
// arguments and result, what its argument defaults and SQL-standard body
// name, its SUPPORT function, and for an aggregate its support functions
// and state types.
func (b *builder) functionRequires(f *schema.Function) []string {
	rs := []string{rSchema(f.Schema)}
	self := map[string]bool{}
	for _, r := range funcProvides(f) {
		self[r] = true
	}
	for _, a := range f.Args {
		rs = append(rs, b.funcTypeResources(a.Type)...)
		if a.Default != "" {
			rs = append(rs, b.refResources(ddl.ExprReferences(a.Default), nil)...)
		}
	}
	if f.Returns != "" {
		rs = append(rs, b.funcTypeResources(f.Returns)...)
	}
	if f.SQLBody != "" {
		text := "CREATE FUNCTION f() RETURNS integer LANGUAGE sql " + f.SQLBody
		rs = append(rs, b.refResources(ddl.QueryReferences(text), nil)...)
		for _, c := range ddl.ArbiterConstraints(text) {
			rs = append(rs, rConstraint(c.Table, c.Name))
		}
	}
	if q, ok := qualifiedFunction(f.Support); ok {
		rs = append(rs, rFunction(q.String()+"(internal)"))
	}
	if a := f.Aggregate; a != nil {
		for _, fn := range []string{a.SFunc, a.FinalFunc, a.CombineFunc, a.SerialFunc, a.DeserialFunc, a.MSFunc, a.MInvFunc, a.MFinalFunc} {
			if q, ok := qualifiedFunction(fn); ok {
				rs = append(rs, rFunctionName(q))
			}
		}
		rs = append(rs, b.typeResources(a.SType)...)
		if a.MSType != "" {
			rs = append(rs, b.typeResources(a.MSType)...)
		}
	}
	out := rs[:0]
	for _, r := range rs {
		if !self[r] {
			out = append(out, r)
		}
	}
	return out
}

// funcTypeResources returns what an argument or result of type typ needs:
// what a column of that type needs, and the view whose row type it is.
func (b *builder) funcTypeResources(typ string) []string {
	rs := b.typeResources(typ)
	base := strings.TrimSuffix(typ, "[]")
	for _, db := range []*schema.Database{b.from, b.to} {
		for _, v := range db.Views {
			if v.QName().String() == base {
				return append(rs, rRel(v.QName()))
			}
		}
	}
	return rs
}

// qualifiedFunction splits a function name as an aggregate names its
// support functions ("schema.name", quoted as needed); pg_catalog's are
// unqualified and need nothing.
func qualifiedFunction(s string) (schema.QName, bool) {
	if s == "" {
		return schema.QName{}, false
	}
	parts := splitIdents(s)
	if len(parts) != 2 {
		return schema.QName{}, false
	}
	return schema.QName{Schema: parts[0], Name: parts[1]}, true
}

// splitIdents splits a dotted name whose parts are quoted as
// schema.QuoteIdent quotes them into the raw parts.
func splitIdents(s string) []string {
	var parts []string
	var cur strings.Builder
	quoted := false
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case quoted && ch == '"' && i+1 < len(s) && s[i+1] == '"':
			cur.WriteByte('"')
			i++
		case ch == '"':
			quoted = !quoted
		case !quoted && ch == '.':
			parts = append(parts, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(ch)
		}
	}
	return append(parts, cur.String())
}

// createFunctionSQL returns the statement that creates f (or replaces it).
func createFunctionSQL(f *schema.Function, orReplace bool) string {
	sql := ddl.CreateFunction(f, orReplace)
	if f.Kind != schema.KindAggregate && f.SQLBody == "" {
		sql = noBodyCheck + sql
	}
	return sql
}

func (b *builder) addFunction(c diff.Change, f *schema.Function) {
	sig := f.Signature()
	b.add(&node{sql: createFunctionSQL(f, false), object: sig, kind: "create " + f.Kind, phase: phaseFunction, change: c,
		requires: b.functionRequires(f), provides: funcProvides(f)})
	if f.Comment != "" {
		b.comment(c, sig, f.Kind, ddl.CommentOnFunction(f, f.Comment), rFunction(sig))
	}
}

func (b *builder) dropFunction(c diff.Change, f *schema.Function) {
	b.add(&node{sql: ddl.DropFunction(f), object: f.Signature(), kind: "drop " + f.Kind, phase: phaseDropFunction, change: c,
		removes: funcProvides(f), releases: b.functionRequires(f)})
}

func (b *builder) alterFunction(c diff.AlterFunction) {
	f := c.To
	sig := f.Signature()
	if c.Change&^diff.FunctionComment != 0 {
		if !c.Replaceable() {
			b.dropFunction(c, c.From)
			b.addFunction(c, f)
			return
		}
		b.add(&node{sql: createFunctionSQL(f, true), object: sig, kind: "replace " + f.Kind, phase: phaseFunction, change: c,
			requires: b.functionRequires(f), provides: []string{rFunction(sig)}, releases: b.functionRequires(c.From)})
	}
	if c.Change&diff.FunctionComment != 0 {
		b.comment(c, sig, f.Kind, ddl.CommentOnFunction(f, f.Comment), rFunction(sig))
	}
}

// dependentsFunctions lists the functions of db as cascade dependents: a
// function whose signature uses a type that the plan drops and creates
// again (an enum swapped for a new one, a composite type rebuilt) is
// dropped before and created again after, with its comment.
func dependentsFunctions(b *builder, db *schema.Database) []dependent {
	var out []dependent
	for _, f := range db.Functions {
		out = append(out, dependent{
			id:       rFunction(f.Signature()),
			provides: funcProvides(f),
			requires: b.functionRequires(f),
			drop:     diff.DropFunction{Function: f},
			add:      diff.AddFunction{Function: f},
		})
	}
	return out
}

// functionSupportHandled returns the id of the function an AlterFunction
// gives another SUPPORT function (or none) with CREATE OR REPLACE: that
// step comes before the old support function is dropped (it releases
// it), so the cascade need not drop and create the function again around
// that drop.
func functionSupportHandled(c diff.Change) []string {
	a, ok := c.(diff.AlterFunction)
	if !ok || a.Change&diff.FunctionSupport == 0 || a.From.Support == "" || !a.Replaceable() {
		return nil
	}
	return []string{rFunction(a.To.Signature())}
}

// functionAlters returns the dependent id of the function an
// AlterFunction changes in place.
func functionAlters(c diff.Change) (string, bool) {
	if a, ok := c.(diff.AlterFunction); ok {
		return rFunction(a.To.Signature()), true
	}
	return "", false
}
