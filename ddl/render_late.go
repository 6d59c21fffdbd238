package ddl

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// routineOrder is the order in which Render creates functions and views:
// the functions of each early stage (before the tables, after the tables),
// then the views and the late functions mixed in one dependency order.
type routineOrder struct {
	beforeTables, afterTables []*schema.Function
	// late holds views and functions; exactly one of the two fields of
	// each entry is set.
	late []lateObject
}

// lateObject is a view or a function created after the tables' constraints
// and indexes.
type lateObject struct {
	view *schema.View
	fn   *schema.Function
}

// orderRoutines computes Render's order of db's functions and views.
//
// A function's stage is the latest of what functionStage says and the
// stages of the functions its SQL-standard body or its aggregate support
// functions call (PostgreSQL resolves the calls of a SQL-standard body when
// it creates the function) and of its SUPPORT function. A SQL-standard
// body that reads a view, or whose INSERT ... ON CONFLICT needs an arbiter
// index, makes the function late. Late functions and views are sorted together, each after the
// views and functions it uses, so that a view may call a function that
// reads another view. Inside a stage, a function comes after the
// functions it calls. Ties keep the model's (name) order, aggregates after
// the other functions.
func orderRoutines(db *schema.Database) routineOrder {
	tables, views := map[string]bool{}, map[string]bool{}
	for _, t := range db.Tables {
		tables[t.QName().String()] = true
	}
	viewByName := map[schema.QName]*schema.View{}
	for _, v := range db.Views {
		views[v.QName().String()] = true
		viewByName[v.QName()] = v
	}
	byName := map[string][]*schema.Function{}
	for _, f := range db.Functions {
		n := f.QName().String()
		byName[n] = append(byName[n], f)
	}
	calls := map[*schema.Function][]string{}
	readsViews := map[*schema.Function][]*schema.View{}
	stage := map[*schema.Function]int{}
	for _, f := range db.Functions {
		stage[f] = functionStage(f, tables, views)
		if a := f.Aggregate; a != nil {
			for _, fn := range []string{a.SFunc, a.FinalFunc, a.CombineFunc, a.SerialFunc, a.DeserialFunc, a.MSFunc, a.MInvFunc, a.MFinalFunc} {
				if fn != "" {
					calls[f] = append(calls[f], fn)
				}
			}
		}
		if f.Support != "" {
			calls[f] = append(calls[f], f.Support) // created first: SUPPORT looks it up
		}
		if f.SQLBody == "" {
			continue
		}
		text := "CREATE FUNCTION f() RETURNS integer LANGUAGE sql " + f.SQLBody
		refs := QueryReferences(text)
		for _, q := range refs.Functions {
			calls[f] = append(calls[f], q.String())
		}
		for _, q := range refs.Relations {
			if v := viewByName[q]; v != nil {
				readsViews[f] = append(readsViews[f], v)
				stage[f] = funcsAfterViews
			}
		}
		if infersArbiter(text) {
			stage[f] = funcsAfterViews
		}
	}
	for changed := true; changed; {
		changed = false
		for _, f := range db.Functions {
			for _, n := range calls[f] {
				for _, g := range byName[n] {
					if stage[g] > stage[f] {
						stage[f], changed = stage[g], true
					}
				}
			}
		}
	}

	var out routineOrder
	state := map[any]int{} // 1 visiting, 2 done
	var visitFn func(f *schema.Function, st int)
	var visitView func(v *schema.View)
	emitFn := func(f *schema.Function) {
		switch stage[f] {
		case funcsBeforeTables:
			out.beforeTables = append(out.beforeTables, f)
		case funcsAfterTables:
			out.afterTables = append(out.afterTables, f)
		default:
			out.late = append(out.late, lateObject{fn: f})
		}
	}
	visitFn = func(f *schema.Function, st int) {
		if stage[f] != st || state[f] != 0 {
			// A cycle (state 1) is emitted where it stands.
			return
		}
		state[f] = 1
		for _, n := range calls[f] {
			for _, g := range byName[n] {
				if g != f {
					visitFn(g, st)
				}
			}
		}
		if st == funcsAfterViews {
			for _, v := range readsViews[f] {
				visitView(v)
			}
			for _, t := range functionTypes(f) {
				if v := viewByName[t]; v != nil {
					visitView(v)
				}
			}
		}
		state[f] = 2
		emitFn(f)
	}
	visitView = func(v *schema.View) {
		if state[v] != 0 {
			return
		}
		state[v] = 1
		refs := QueryReferences(v.Query)
		for _, q := range refs.Relations {
			if d := viewByName[q]; d != nil && d != v {
				visitView(d)
			}
		}
		for _, q := range refs.Functions {
			for _, g := range byName[q.String()] {
				visitFn(g, funcsAfterViews)
			}
		}
		state[v] = 2
		out.late = append(out.late, lateObject{view: v})
	}
	for _, st := range []int{funcsBeforeTables, funcsAfterTables, funcsAfterViews} {
		for pass := 0; pass < 2; pass++ {
			for _, f := range db.Functions {
				if (f.Kind == schema.KindAggregate) == (pass == 1) {
					visitFn(f, st)
				}
			}
		}
		if st == funcsAfterViews {
			for _, v := range ViewOrder(db.Views) {
				visitView(v)
			}
		}
	}
	return out
}

// functionTypes returns the qualified names of the types in f's signature
// (arguments and result, array brackets removed).
func functionTypes(f *schema.Function) []schema.QName {
	var out []schema.QName
	for _, t := range append([]string{f.Returns}, argTypes(f)...) {
		t = strings.TrimSuffix(t, "[]")
		if parts, ok := splitQualifiedName(t); ok && len(parts) == 2 {
			out = append(out, schema.QName{Schema: parts[0], Name: parts[1]})
		}
	}
	return out
}

func argTypes(f *schema.Function) []string {
	out := make([]string, 0, len(f.Args))
	for _, a := range f.Args {
		out = append(out, a.Type)
	}
	return out
}

// infersArbiter reports whether a canonical statement text holds an
// INSERT ... ON CONFLICT whose arbiter PostgreSQL infers from the unique
// indexes (ON CONFLICT (columns) or ON CONSTRAINT): such a statement can
// only be parsed once they exist.
func infersArbiter(text string) bool {
	tree, err := pg_query.Parse(text)
	if err != nil {
		return false
	}
	for _, s := range tree.Stmts {
		if anyNode(s.Stmt, func(n *pg_query.Node) bool {
			ins := n.GetInsertStmt()
			return ins != nil && ins.OnConflictClause.GetInfer() != nil
		}) {
			return true
		}
	}
	return false
}

// renderRoutines adds functions of one early stage to s; the first stage
// is preceded by SET check_function_bodies = false.
func renderRoutines(s *script, fns []*schema.Function, stage int) {
	for i, f := range fns {
		if i == 0 && stage == funcsBeforeTables {
			s.add("SET check_function_bodies = false")
		}
		s.add(CreateFunction(f, false))
	}
}

// renderLate adds the views and late functions of o to s, then the rules.
func renderLate(s *script, db *schema.Database, o routineOrder) {
	cycles, placed := ViewCycles(db.Views), map[schema.QName]bool{}
	for _, x := range o.late {
		if x.fn != nil {
			s.add(CreateFunction(x.fn, false))
			continue
		}
		for _, stmt := range renderedViewStatements(db, x.view, cycles, placed) {
			s.add(stmt)
		}
	}
	s.section()
	for _, r := range db.Rules {
		for _, stmt := range RuleStatements(r) {
			s.add(stmt)
		}
	}
	s.section()
}

// earlyOperators returns the signatures of the operators of db that Render
// creates right after the first functions, before the tables: those whose
// function is created then and whose operand types are built in or enums
// (created earlier still). Column defaults, checks, indexes and views may
// then use them. The other operators come later (renderOpClasses,
// renderUserTypesLate).
func earlyOperators(db *schema.Database, o routineOrder) map[string]bool {
	early := map[string]bool{}
	for _, f := range o.beforeTables {
		early[f.Signature()] = true
	}
	enums := map[string]bool{}
	for _, e := range db.Enums {
		enums[e.QName().String()] = true
	}
	known := func(typ string) bool {
		typ = strings.TrimSuffix(typ, "[]")
		if typ == "" || enums[typ] {
			return true
		}
		parts, ok := splitQualifiedName(typ)
		return ok && len(parts) == 1 // unqualified: a built-in type
	}
	out := map[string]bool{}
	for _, op := range db.Operators {
		if early[op.Function] && known(op.Left) && known(op.Right) {
			out[op.Signature()] = true
		}
	}
	return out
}
