package ddl

import (
	"slices"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// Functions and table functions in the FROM clause of a view's query.

// rangeFunction canonicalises a function in FROM. Its columns are known
// when it has a column alias list, or when it is a call of a function
// whose result is a single value (then the column is named by the alias).
func (q *queryCanon) rangeFunction(rf *pg_query.RangeFunction, sc *scope) (fromItem, error) {
	// A function in FROM may use the columns of the FROM items before it
	// (it is then LATERAL, which ruleutils prints).
	fsc := sc
	var fname string
	var cols, types []string
	known := len(rf.Functions) == 1 && !rf.Ordinality
	for _, f := range rf.Functions {
		l := f.GetList()
		if l == nil || len(l.Items) == 0 {
			continue
		}
		fname = figureName(l.Items[0])
		v, err := q.expr(l.Items[0], fsc)
		if err != nil {
			return fromItem{}, err
		}
		l.Items[0] = v.n
		if !rf.Lateral && usesEntries(v.n, sc.entries) {
			rf.Lateral = true
		}
		if len(l.Items) > 1 && l.Items[1].GetList() != nil {
			// A column definition list: AS (a integer, b text).
			for _, cd := range l.Items[1].GetList().GetItems() {
				if c := cd.GetColumnDef(); c != nil {
					t, _ := canonicalType(c.TypeName, q.names)
					cols, types = append(cols, c.Colname), append(types, t)
				}
			}
			continue
		}
		fc, ft := q.functionColumns(v)
		if fc == nil {
			known = false
		}
		cols, types = append(cols, fc...), append(types, ft...)
	}
	for _, cd := range rf.Coldeflist {
		if c := cd.GetColumnDef(); c != nil {
			t, _ := canonicalType(c.TypeName, q.names)
			cols, types = append(cols, c.Colname), append(types, t)
			known = true
		}
	}
	e := &rangeEntry{name: fname, rel: "record"}
	if a := rf.Alias; a != nil && a.Aliasname != "" {
		e.name = a.Aliasname
	}
	if len(cols) == 1 && cols[0] == "" {
		// A function returning one value: its column is named by the
		// alias, and ruleutils prints the column alias: generate_series(1,
		// 3) g(g).
		cols[0] = e.name
		if rf.Alias == nil {
			rf.Alias = &pg_query.Alias{Aliasname: e.name}
		}
		if len(rf.Alias.Colnames) == 0 {
			rf.Alias.Colnames = []*pg_query.Node{pg_query.MakeStrNode(e.name)}
		}
	}
	if rf.Ordinality && cols != nil {
		cols, types = append(cols, "ordinality"), append(types, tInt8)
		known = true
	}
	e.cols, e.types, e.known = cols, types, known
	if rf.Alias != nil && len(rf.Alias.Colnames) > 0 {
		e.cols = renameCols(e.cols, rf.Alias.Colnames)
		e.known = true
	}
	e.scalar = len(e.cols) == 1 && len(rf.Coldeflist) == 0 && !rf.Ordinality
	if e.known && len(rf.Coldeflist) == 0 && len(e.cols) > 0 && !slices.Contains(e.cols, "") {
		// ruleutils prints the column names of a function in FROM.
		if rf.Alias == nil {
			rf.Alias = &pg_query.Alias{Aliasname: e.name}
		}
		rf.Alias.Colnames = nil
		for _, c := range e.cols {
			rf.Alias.Colnames = append(rf.Alias.Colnames, pg_query.MakeStrNode(c))
		}
	}
	if !e.known {
		q.undecided = append(q.undecided, "a function in FROM whose columns are unknown")
	}
	for len(e.types) < len(e.cols) {
		e.types = append(e.types, "")
	}
	return q.addEntry(sc, e), nil
}

// srfColumns are the result columns of built-in set-returning functions
// as a function of their argument types: one unnamed column for a
// function returning single values.
var srfColumns = map[string]func(args []string) ([]string, []string){
	"generate_series": func(a []string) ([]string, []string) { return []string{""}, []string{firstType(a)} },
	"unnest": func(a []string) ([]string, []string) {
		if len(a) != 1 {
			return nil, nil
		}
		t := ""
		if isArray(a[0]) {
			t = elemType(a[0])
		}
		return []string{""}, []string{t}
	},
	"generate_subscripts":       one(tInt4),
	"jsonb_array_elements":      named("value", tJSONB),
	"json_array_elements":       named("value", tJSON),
	"jsonb_array_elements_text": named("value", tText),
	"json_array_elements_text":  named("value", tText),
	"jsonb_object_keys":         one(tText),
	"json_object_keys":          one(tText),
	"regexp_split_to_table":     one(tText),
	"string_to_table":           one(tText),
	"regexp_matches":            one("text[]"),
	"jsonb_each":                pair("key", tText, "value", tJSONB),
	"json_each":                 pair("key", tText, "value", tJSON),
	"jsonb_each_text":           pair("key", tText, "value", tText),
	"json_each_text":            pair("key", tText, "value", tText),
}

func one(t string) func([]string) ([]string, []string) {
	return func([]string) ([]string, []string) { return []string{""}, []string{t} }
}

func named(name, t string) func([]string) ([]string, []string) {
	return func([]string) ([]string, []string) { return []string{name}, []string{t} }
}

func pair(a, at, b, bt string) func([]string) ([]string, []string) {
	return func([]string) ([]string, []string) { return []string{a, b}, []string{at, bt} }
}

func firstType(a []string) string {
	if len(a) == 0 {
		return ""
	}
	return a[0]
}

// functionColumns returns the result columns of a function call in FROM
// (canonical v): one unnamed column for a function returning single
// values, the output columns of one returning rows; nil when unknown.
func (q *queryCanon) functionColumns(v typed) ([]string, []string) {
	fc := v.n.GetFuncCall()
	if fc == nil {
		if v.t != "" {
			return []string{""}, []string{v.t}
		}
		return nil, nil
	}
	var parts []string
	for _, n := range fc.Funcname {
		parts = append(parts, fieldName(n))
	}
	if len(parts) == 1 {
		if f := srfColumns[parts[0]]; f != nil {
			var ts []string
			a := &analyzer{ctx: &exprContext{names: q.names}}
			for _, arg := range fc.Args {
				t, _ := a.expr(arg)
				ts = append(ts, t.t)
			}
			return f(ts)
		}
		if v.t != "" {
			return []string{""}, []string{v.t}
		}
		return nil, nil
	}
	if len(parts) != 2 {
		return nil, nil
	}
	var cols, types []string
	found := false
	for _, f := range q.cat.functions(qname{Schema: parts[0], Name: parts[1]}) {
		nin := 0
		var c, t []string
		for _, a := range f.Args {
			switch a.Mode {
			case schema.ArgOut, schema.ArgInOut, schema.ArgTable:
				c, t = append(c, a.Name), append(t, a.Type)
			}
			if a.Mode != schema.ArgOut && a.Mode != schema.ArgTable {
				nin++
			}
		}
		if nin < len(fc.Args) && !slices.ContainsFunc(f.Args, func(a schema.FunctionArg) bool { return a.Mode == schema.ArgVariadic }) {
			continue
		}
		switch {
		case len(c) == 1:
			// One output argument: a single value named by the alias.
			c = []string{""}
		case len(c) > 1:
		case f.Returns == "record" || f.Returns == "void" || f.Returns == "trigger":
			continue
		default:
			if n, ts, ok := q.cat.relationColumns(q.returnsRelation(f.Returns)); ok {
				c, t = n, ts
			} else {
				c, t = []string{""}, []string{f.Returns}
			}
		}
		if found && !slices.Equal(c, cols) {
			return nil, nil // overloads disagree
		}
		cols, types, found = c, t, true
	}
	return cols, types
}

// returnsRelation reads a qualified type name as the name of the relation
// whose row type it may be.
func (q *queryCanon) returnsRelation(t string) qname {
	parts, ok := splitQualifiedName(t)
	if ok && len(parts) == 1 && q.names != nil {
		if s := q.names.relationSchema(parts[0]); s != "" {
			return qname{Schema: s, Name: parts[0]}
		}
	}
	if !ok || len(parts) != 2 {
		return qname{}
	}
	return qname{Schema: parts[0], Name: parts[1]}
}

// tableFunc canonicalises XMLTABLE(...) in FROM: its row and document
// expressions, the columns' paths (text) and defaults (of the column's
// type); it is LATERAL when it uses an earlier FROM item.
func (q *queryCanon) tableFunc(tf *pg_query.RangeTableFunc, sc *scope) (fromItem, error) {
	a := &analyzer{ctx: q.ctx(sc)}
	coerced := func(n *pg_query.Node, t string) (*pg_query.Node, error) {
		if n == nil {
			return nil, nil
		}
		v, err := q.expr(n, sc)
		if err != nil {
			return nil, err
		}
		if t != "" {
			v = a.strip(a.coerce(v, t))
		}
		if !tf.Lateral && usesEntries(v.n, sc.entries) {
			tf.Lateral = true
		}
		return v.n, nil
	}
	var err error
	if tf.Rowexpr, err = coerced(tf.Rowexpr, tText); err != nil {
		return fromItem{}, err
	}
	if tf.Docexpr, err = coerced(tf.Docexpr, "xml"); err != nil {
		return fromItem{}, err
	}
	e := &rangeEntry{name: "xmltable", rel: "record", known: true}
	if tf.Alias != nil && tf.Alias.Aliasname != "" {
		e.name = tf.Alias.Aliasname
	}
	for _, c := range tf.Columns {
		col := c.GetRangeTableFuncCol()
		if col == nil {
			continue
		}
		col.Location = -1
		t := tInt8
		if !col.ForOrdinality {
			t, _ = canonicalType(col.TypeName, q.names)
		}
		if col.Colexpr, err = coerced(col.Colexpr, tText); err != nil {
			return fromItem{}, err
		}
		if col.Coldefexpr, err = coerced(col.Coldefexpr, t); err != nil {
			return fromItem{}, err
		}
		e.cols, e.types = append(e.cols, col.Colname), append(e.types, t)
	}
	if tf.Alias != nil {
		e.cols = renameCols(e.cols, tf.Alias.Colnames)
	}
	return q.addEntry(sc, e), nil
}
