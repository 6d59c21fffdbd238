package ddl

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// createFunction applies CREATE [OR REPLACE] FUNCTION / PROCEDURE.
func (p *parser) createFunction(s *pg_query.CreateFunctionStmt) error {
	sch, name := splitName(s.Funcname)
	q, err := p.st.createName(sch, name)
	if err != nil {
		return err
	}
	f, err := functionFromStmt(s, q, p.st, p.sess.current, p.st.supportFunction)
	if err != nil {
		return fmt.Errorf("%s %s: %w", kindWord(f), q, err)
	}
	return p.st.putFunction(f, s.Replace)
}

// kindWord returns "function", "procedure" or "aggregate" for messages.
func kindWord(f *schema.Function) string {
	if f == nil || f.Kind == "" || f.Kind == schema.KindWindow {
		return "function"
	}
	return f.Kind
}

// putFunction records f, replacing the function of the same signature
// when replace is set.
func (st *state) putFunction(f *schema.Function, replace bool) error {
	sig := f.Signature()
	if old := st.funcs[sig]; old != nil {
		if !replace {
			return fmt.Errorf("%s %s already exists with same argument types", kindWord(old), sig)
		}
		if old.Kind != f.Kind {
			return fmt.Errorf("cannot change routine kind of %s: %q is a %s", sig, old.Name, kindWord(old))
		}
		if old.Returns != f.Returns || old.SetOf != f.SetOf {
			return fmt.Errorf("cannot change return type of existing function %s: use DROP FUNCTION first", sig)
		}
		// CREATE OR REPLACE keeps the comment and the privileges.
		f.Comment, f.Grants, f.Revokes = old.Comment, old.Grants, old.Revokes
		st.dacl.inherit(old, f)
	}
	st.funcs[sig] = f
	return nil
}

// functionFromStmt converts a CREATE FUNCTION / PROCEDURE statement for the
// function called q. names resolves unqualified type names; nil when the
// statement is PostgreSQL's output. support resolves the name of a SUPPORT
// function.
func functionFromStmt(s *pg_query.CreateFunctionStmt, q qname, names resolver, current currentSetting, support supportResolver) (*schema.Function, error) {
	f := &schema.Function{Schema: q.Schema, Name: q.Name, Kind: schema.KindFunction,
		Volatility: "volatile", Parallel: "unsafe"}
	if s.IsProcedure {
		f.Kind = schema.KindProcedure
	}
	outs := 0
	var outType string
	for _, n := range s.Parameters {
		fp := n.GetFunctionParameter()
		if fp == nil {
			continue
		}
		typ, err := argType(fp.ArgType, names)
		if err != nil {
			return f, err
		}
		a := schema.FunctionArg{Name: fp.Name, Type: typ}
		switch fp.Mode {
		case pg_query.FunctionParameterMode_FUNC_PARAM_OUT:
			a.Mode = schema.ArgOut
		case pg_query.FunctionParameterMode_FUNC_PARAM_INOUT:
			a.Mode = schema.ArgInOut
		case pg_query.FunctionParameterMode_FUNC_PARAM_VARIADIC:
			a.Mode = schema.ArgVariadic
		case pg_query.FunctionParameterMode_FUNC_PARAM_TABLE:
			a.Mode = schema.ArgTable
		default:
			a.Mode = schema.ArgIn
		}
		if a.Mode != schema.ArgIn && a.Mode != schema.ArgVariadic {
			outs++
			outType = typ
		}
		if fp.Defexpr != nil {
			if a.Mode == schema.ArgOut || a.Mode == schema.ArgTable {
				return f, errors.New("only input parameters can have default values")
			}
			d, err := canonicalExpr(fp.Defexpr, &exprContext{target: typ, names: names})
			if err != nil {
				return f, fmt.Errorf("default of argument %s: %w", argLabel(a, len(f.Args)), err)
			}
			a.Default = d
		}
		f.Args = append(f.Args, a)
	}
	switch {
	case s.ReturnType != nil:
		typ, err := argType(s.ReturnType, names)
		if err != nil {
			return f, err
		}
		f.Returns, f.SetOf = typ, s.ReturnType.Setof
	case f.Kind == schema.KindProcedure:
		if outs > 0 {
			f.Returns = "record"
		}
	case outs == 1:
		f.Returns = outType
	case outs > 1:
		f.Returns = "record"
	default:
		return f, errors.New("function result type must be specified")
	}
	var as []string
	for _, n := range s.Options {
		d := n.GetDefElem()
		if d == nil {
			continue
		}
		switch d.Defname {
		case "as":
			as = strList(d.Arg.GetList().GetItems())
		case "language":
			f.Language = strings.ToLower(strVal(d.Arg))
		case "window":
			if d.Arg.GetBoolean().GetBoolval() {
				f.Kind = schema.KindWindow
			}
		default:
			if err := functionOption(f, d, current, support); err != nil {
				return f, err
			}
		}
	}
	if f.Kind == schema.KindProcedure && f.Support != "" {
		return f, errors.New("invalid attribute in procedure definition: SUPPORT")
	}
	if f.Language == "" {
		if s.SqlBody == nil {
			return f, errors.New("no language specified")
		}
		f.Language = "sql"
	}
	switch {
	case s.SqlBody != nil:
		if len(as) > 0 {
			return f, errors.New("duplicate function body specified")
		}
		if f.Language != "sql" {
			return f, errors.New("inline SQL function body only valid for language SQL")
		}
		body, err := sqlBody(s.SqlBody, f, names)
		if err != nil {
			return f, err
		}
		f.SQLBody = body
	case len(as) == 0:
		return f, errors.New("no function body specified")
	case f.Language == "c" && len(as) == 2:
		f.Library, f.Body = as[0], as[1]
	case f.Language == "c":
		// AS 'file': the link symbol is the function's name
		f.Library, f.Body = as[0], q.Name
	case len(as) > 1:
		return f, fmt.Errorf("only one AS item needed for language %q", f.Language)
	default:
		f.Body = as[0]
	}
	if f.Language == "internal" || f.Language == "c" {
		if f.Cost == 0 {
			f.Cost = 1
		}
	} else if f.Cost == 0 {
		f.Cost = 100
	}
	if f.Rows == 0 && f.SetOf {
		f.Rows = 1000
	}
	if f.Rows != 0 && !f.SetOf {
		return f, errors.New("ROWS is not applicable when function does not return a set")
	}
	return f, nil
}

// argLabel names argument i (0-based) for messages.
func argLabel(a schema.FunctionArg, i int) string {
	if a.Name != "" {
		return schema.QuoteIdent(a.Name)
	}
	return "$" + strconv.Itoa(i+1)
}

// currentSetting returns the value of a setting in the session that runs
// the statements, as SHOW prints it, and false when it is not known.
type currentSetting func(name string) (string, bool)

// supportResolver resolves the name SUPPORT gives to the model's spelling
// of the support function (see schema.Function.Support).
type supportResolver func(names []string) (string, error)

// functionOption applies one of the options CREATE FUNCTION and ALTER
// FUNCTION share; current gives the session's settings for SET ... FROM
// CURRENT, support resolves the name of a SUPPORT function.
func functionOption(f *schema.Function, d *pg_query.DefElem, current currentSetting, support supportResolver) error {
	switch d.Defname {
	case "strict":
		f.Strict = d.Arg.GetBoolean().GetBoolval()
	case "volatility":
		f.Volatility = strVal(d.Arg)
	case "security":
		f.SecurityDefiner = d.Arg.GetBoolean().GetBoolval()
	case "leakproof":
		f.Leakproof = d.Arg.GetBoolean().GetBoolval()
	case "parallel":
		v := strVal(d.Arg)
		if v != "safe" && v != "restricted" && v != "unsafe" {
			return fmt.Errorf("parameter \"parallel\" must be SAFE, RESTRICTED, or UNSAFE")
		}
		f.Parallel = v
	case "cost", "rows":
		v, err := numVal(d.Arg)
		if err != nil {
			return fmt.Errorf("%s: %w", strings.ToUpper(d.Defname), err)
		}
		if v <= 0 {
			return fmt.Errorf("%s must be positive", strings.ToUpper(d.Defname))
		}
		if d.Defname == "cost" {
			f.Cost = v
		} else {
			f.Rows = v
		}
	case "set":
		return functionSet(f, d.Arg.GetVariableSetStmt(), current)
	case "support":
		name, err := support(strList(d.Arg.GetList().GetItems()))
		if err != nil {
			return err
		}
		f.Support = name
	case "transform":
		return errors.New("TRANSFORM FOR TYPE is not modeled: leave the clause out")
	default:
		return fmt.Errorf("option %s is not supported", d.Defname)
	}
	return nil
}

// numVal reads a numeric constant (Integer or Float).
func numVal(n *pg_query.Node) (float64, error) {
	switch {
	case n.GetInteger() != nil:
		return float64(n.GetInteger().GetIval()), nil
	case n.GetFloat() != nil:
		return strconv.ParseFloat(n.GetFloat().GetFval(), 64)
	}
	return 0, errors.New("a number is needed")
}

// gucNames maps the lower-case name of the settings whose name has capitals
// to their spelling: pg_proc.proconfig stores a setting under its
// canonical name.
var gucNames = map[string]string{
	"datestyle":     "DateStyle",
	"intervalstyle": "IntervalStyle",
	"timezone":      "TimeZone",
}

// gucListQuote are the list settings whose elements PostgreSQL quotes as
// identifiers when it flattens them (GUC_LIST_QUOTE).
var gucListQuote = map[string]bool{
	"search_path": true, "temp_tablespaces": true, "session_preload_libraries": true,
	"shared_preload_libraries": true, "local_preload_libraries": true,
}

// functionSet applies a SET or RESET clause to f.Config. SET ... FROM
// CURRENT stores the session's value (from current) as PostgreSQL does.
func functionSet(f *schema.Function, v *pg_query.VariableSetStmt, current currentSetting) error {
	if v == nil {
		return nil
	}
	name := v.Name
	if c, ok := gucNames[strings.ToLower(name)]; ok {
		name = c
	}
	drop := func() {
		var keep []string
		for _, c := range f.Config {
			if !strings.HasPrefix(c, name+"=") {
				keep = append(keep, c)
			}
		}
		f.Config = keep
	}
	put := func(item string) {
		for i, c := range f.Config {
			if strings.HasPrefix(c, name+"=") {
				f.Config[i] = item
				return
			}
		}
		f.Config = append(f.Config, item)
	}
	switch v.Kind {
	case pg_query.VariableSetKind_VAR_SET_VALUE:
		var vals []string
		for _, a := range v.Args {
			s, err := setArg(a, gucListQuote[name])
			if err != nil {
				return fmt.Errorf("SET %s: %w", name, err)
			}
			vals = append(vals, s)
		}
		put(name + "=" + strings.Join(vals, ", "))
	case pg_query.VariableSetKind_VAR_SET_DEFAULT, pg_query.VariableSetKind_VAR_RESET:
		drop()
	case pg_query.VariableSetKind_VAR_RESET_ALL:
		f.Config = nil
	case pg_query.VariableSetKind_VAR_SET_CURRENT:
		val, ok := current(name)
		if !ok {
			return fmt.Errorf("SET %s FROM CURRENT stores the value %s has in the session that runs the statement, "+
				"which is not known here (the files do not SET it before, or not to a value whose printed form the parser can tell): "+
				"write the value instead (SET %s = ...)", name, name, name)
		}
		put(name + "=" + val)
	default:
		return fmt.Errorf("unsupported SET clause for %s", name)
	}
	return nil
}

// setArg flattens one value of a SET clause as PostgreSQL does
// (flatten_set_variable_args).
func setArg(n *pg_query.Node, quote bool) (string, error) {
	if tc := n.GetTypeCast(); tc != nil {
		n = tc.Arg
	}
	c := n.GetAConst()
	if c == nil {
		return "", errors.New("value must be a constant")
	}
	switch {
	case c.GetIval() != nil:
		return strconv.FormatInt(int64(c.GetIval().GetIval()), 10), nil
	case c.GetFval() != nil:
		return c.GetFval().GetFval(), nil
	case c.GetSval() != nil:
		if quote {
			return schema.QuoteIdent(c.GetSval().GetSval()), nil
		}
		return c.GetSval().GetSval(), nil
	case c.GetBoolval() != nil:
		if c.GetBoolval().GetBoolval() {
			return "true", nil
		}
		return "false", nil
	}
	return "", errors.New("value must be a constant")
}

// argType returns the canonical type of a function argument or result:
// format_type's spelling without a type modifier, which PostgreSQL does
// not keep for functions.
func argType(tn *pg_query.TypeName, names resolver) (string, error) {
	if tn == nil {
		return "", errors.New("missing type name")
	}
	c := &pg_query.TypeName{Names: tn.Names, ArrayBounds: tn.ArrayBounds, Location: tn.Location}
	if tn.PctType {
		return pctType(tn, names)
	}
	s, err := canonicalType(c, names)
	if err != nil {
		return "", err
	}
	// A table's (or view's, composite type's) row type is a type too.
	if parts := strList(tn.Names); len(parts) == 1 && names != nil && !strings.Contains(s, ".") {
		if _, builtin := builtinTypes[parts[0]]; !builtin && !builtinPlain[parts[0]] && names.typeSchema(parts[0]) == "" {
			if rs := names.relationSchema(parts[0]); rs != "" {
				s = withArray(qname{Schema: rs, Name: parts[0]}.String(), len(tn.ArrayBounds) > 0)
			}
		}
	}
	// format_type without a type modifier (as for functions) prints
	// these two differently from a column's "-1" modifier.
	switch s {
	case "bpchar":
		s = "character"
	case "bpchar[]":
		s = "character[]"
	case `"bit"`:
		s = "bit"
	case `"bit"[]`:
		s = "bit[]"
	}
	return s, nil
}

// pctType resolves a table.column%TYPE reference through the parser's
// state.
func pctType(tn *pg_query.TypeName, names resolver) (string, error) {
	st, ok := names.(*state)
	parts := strList(tn.Names)
	if !ok || len(parts) < 2 {
		return "", fmt.Errorf("%%TYPE reference %s cannot be resolved: write the column's type", strings.Join(parts, "."))
	}
	col := parts[len(parts)-1]
	rel := parts[:len(parts)-1]
	sch := ""
	if len(rel) > 1 {
		sch = rel[len(rel)-2]
	}
	t, err := st.lookupTable(sch, rel[len(rel)-1])
	if err != nil {
		return "", err
	}
	c := t.t.Column(col)
	if c == nil {
		return "", fmt.Errorf("column %s of %s does not exist", schema.QuoteIdent(col), t.t.QName())
	}
	typ := c.Type
	if i := strings.IndexByte(typ, '('); i >= 0 && !strings.HasPrefix(typ, "interval") && !strings.Contains(typ[i:], ".") {
		if j := strings.IndexByte(typ[i:], ')'); j >= 0 {
			typ = strings.TrimSpace(typ[:i] + typ[i+j+1:])
		}
	}
	if len(tn.ArrayBounds) > 0 && !strings.HasSuffix(typ, "[]") {
		typ += "[]"
	}
	return typ, nil
}

// sqlBody prints a SQL-standard body of f. RETURN expr is canonicalised
// like a default of f's result type over columns named after f's input
// arguments (PostgreSQL prints an argument by its name); the SELECT
// statements of BEGIN ATOMIC ... END are canonicalised like view queries
// when the parser reads a file (names is its state; see atomicBody), and
// printed through pg_query's deparser as they are otherwise (the
// inspector canonicalises them later, AtomicBodyFromDef, once it knows
// every relation).
func sqlBody(n *pg_query.Node, f *schema.Function, names resolver) (string, error) {
	if r := n.GetReturnStmt(); r != nil && r.Returnval != nil {
		cols := map[string]string{}
		for _, a := range f.Args {
			if a.Name != "" && a.Mode != schema.ArgOut && a.Mode != schema.ArgTable {
				cols[a.Name] = a.Type
			}
		}
		target := f.Returns
		if f.SetOf || strings.HasPrefix(target, "any") || target == "record" {
			target = ""
		}
		if e, err := canonicalExpr(r.Returnval, &exprContext{columns: cols, target: target, names: names}); err == nil {
			return "RETURN " + e, nil
		}
	}
	if st, ok := names.(*state); ok && isAtomicBody(n) {
		// The inspector does the same with the catalog once every
		// relation is read (AtomicBodyFromDef).
		body, _, err := atomicBody(n, f, parserCatalog{st}, st)
		return body, err
	}
	return deparseBody(n)
}

// deparseBody prints a SQL-standard body through pg_query's deparser.
func deparseBody(n *pg_query.Node) (string, error) {
	tree, err := pg_query.Parse("CREATE FUNCTION f() RETURNS int4 RETURN 1")
	if err != nil {
		return "", err
	}
	tree.Stmts[0].Stmt.GetCreateFunctionStmt().SqlBody = n
	out, err := pg_query.Deparse(tree)
	if err != nil {
		return "", fmt.Errorf("printing the function body: %w", err)
	}
	i := strings.Index(out, " RETURNS int4 ")
	if i < 0 {
		return "", fmt.Errorf("printing the function body: unexpected output %q", out)
	}
	return strings.TrimSpace(out[i+len(" RETURNS int4 "):]), nil
}

// SQLBodyFromDef converts pg_get_function_sqlbody output of function f
// (whose arguments and result are filled) into the form
// schema.Function.SQLBody holds.
func SQLBodyFromDef(def string, f *schema.Function) (string, error) {
	s, err := parseOne("CREATE FUNCTION f() RETURNS int4 LANGUAGE sql " + def)
	if err != nil {
		return "", err
	}
	cf := s.GetCreateFunctionStmt()
	if cf == nil || cf.SqlBody == nil {
		return "", fmt.Errorf("function body %q is not a SQL-standard body", def)
	}
	return sqlBody(cf.SqlBody, f, nil)
}

// ArgDefaultFromDef converts pg_get_function_arg_default output for an
// argument of type typ into its canonical form.
func ArgDefaultFromDef(def, typ string) (string, error) {
	return ExprFromDef(def, nil, typ)
}

// routineMatches reports whether f is of the object type a statement names
// (FUNCTION also finds aggregates and window functions, as PostgreSQL's
// look-up by name does; ROUTINE finds functions and procedures).
func routineMatches(f *schema.Function, ot pg_query.ObjectType) bool {
	switch ot {
	case pg_query.ObjectType_OBJECT_PROCEDURE:
		return f.Kind == schema.KindProcedure
	case pg_query.ObjectType_OBJECT_AGGREGATE:
		return f.Kind == schema.KindAggregate
	case pg_query.ObjectType_OBJECT_ROUTINE:
		return true
	}
	return f.Kind != schema.KindProcedure
}

// lookupFunction finds the function an ObjectWithArgs names, the way
// PostgreSQL resolves it: a qualified name in its schema, an unqualified
// one in the first schema of search_path that has a match. Without an
// argument list the name must be unique. It returns nil, nil when there
// is none and missingOK is set.
func (st *state) lookupFunction(o *pg_query.ObjectWithArgs, ot pg_query.ObjectType, missingOK bool) (*schema.Function, error) {
	sch, name := splitName(o.Objname)
	var types []string
	if !o.ArgsUnspecified {
		if len(o.Objfuncargs) > 0 {
			for _, n := range o.Objfuncargs {
				fp := n.GetFunctionParameter()
				if fp == nil {
					continue
				}
				if fp.Mode == pg_query.FunctionParameterMode_FUNC_PARAM_OUT && ot != pg_query.ObjectType_OBJECT_PROCEDURE {
					continue
				}
				t, err := argType(fp.ArgType, st)
				if err != nil {
					return nil, err
				}
				types = append(types, t)
			}
		} else {
			for _, n := range o.Objargs {
				t, err := argType(n.GetTypeName(), st)
				if err != nil {
					return nil, err
				}
				types = append(types, t)
			}
		}
	}
	schemas := st.path()
	if sch != "" {
		schemas = []string{sch}
	}
	for _, s := range schemas {
		var found []*schema.Function
		for _, f := range st.funcs {
			if f.Schema != s || f.Name != name || !routineMatches(f, ot) {
				continue
			}
			ids := f.IdentityArgs()
			if ot != pg_query.ObjectType_OBJECT_PROCEDURE && f.Kind == schema.KindProcedure && len(o.Objfuncargs) > 0 {
				// ROUTINE: a procedure's OUT arguments were given too
				ids = nil
				for _, a := range f.Args {
					if a.Mode != schema.ArgTable {
						ids = append(ids, a.Type)
					}
				}
			}
			if o.ArgsUnspecified || slicesEqual(ids, types) {
				found = append(found, f)
			}
		}
		switch {
		case len(found) == 1:
			return found[0], nil
		case len(found) > 1:
			return nil, fmt.Errorf("function name %s is not unique: specify the argument list to select the function", displayName(sch, name))
		}
	}
	if missingOK {
		return nil, nil
	}
	return nil, fmt.Errorf("%s %s(%s) does not exist", strings.ToLower(objectTypeWord(ot)), displayName(sch, name), strings.Join(types, ", "))
}

func slicesEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// dropFunction applies DROP FUNCTION / PROCEDURE / AGGREGATE / ROUTINE for
// one object.
func (p *parser) dropFunction(o *pg_query.Node, ot pg_query.ObjectType, missingOK bool) error {
	ow := o.GetObjectWithArgs()
	if ow == nil {
		return errors.New("DROP: function name expected")
	}
	f, err := p.st.lookupFunction(ow, ot, missingOK)
	if err != nil || f == nil {
		return err
	}
	delete(p.st.funcs, f.Signature())
	return nil
}

// commentFunction applies COMMENT ON FUNCTION / PROCEDURE / AGGREGATE /
// ROUTINE.
func (p *parser) commentFunction(s *pg_query.CommentStmt) error {
	ow := s.Object.GetObjectWithArgs()
	if ow == nil {
		return errors.New("COMMENT ON: function name expected")
	}
	f, err := p.st.lookupFunction(ow, s.Objtype, false)
	if err != nil {
		return err
	}
	f.Comment = s.Comment
	return nil
}

// alterFunction applies ALTER FUNCTION / PROCEDURE / ROUTINE ... options.
func (p *parser) alterFunction(s *pg_query.AlterFunctionStmt) error {
	f, err := p.st.lookupFunction(s.Func, s.Objtype, false)
	if err != nil {
		return err
	}
	for _, n := range s.Actions {
		d := n.GetDefElem()
		if d == nil {
			continue
		}
		if err := functionOption(f, d, p.sess.current, p.st.supportFunction); err != nil {
			return fmt.Errorf("%s %s: %w", kindWord(f), f.Signature(), err)
		}
		if d.Defname == "support" && f.Kind == schema.KindProcedure {
			return fmt.Errorf("procedure %s: invalid attribute in procedure definition: SUPPORT", f.Signature())
		}
	}
	if f.Rows != 0 && !f.SetOf {
		return errors.New("ROWS is not applicable when function does not return a set")
	}
	return nil
}

// renameFunction applies ALTER FUNCTION ... RENAME TO.
func (p *parser) renameFunction(s *pg_query.RenameStmt) error {
	f, err := p.st.lookupFunction(s.Object.GetObjectWithArgs(), s.RenameType, s.MissingOk)
	if err != nil || f == nil {
		return err
	}
	return p.st.moveFunction(f, qname{Schema: f.Schema, Name: s.Newname})
}

// functionSetSchema applies ALTER FUNCTION ... SET SCHEMA.
func (p *parser) functionSetSchema(s *pg_query.AlterObjectSchemaStmt) error {
	f, err := p.st.lookupFunction(s.Object.GetObjectWithArgs(), s.ObjectType, s.MissingOk)
	if err != nil || f == nil {
		return err
	}
	if p.st.schemas[s.Newschema] == nil {
		return fmt.Errorf("schema %s does not exist", schema.QuoteIdent(s.Newschema))
	}
	return p.st.moveFunction(f, qname{Schema: s.Newschema, Name: f.Name})
}

// moveFunction gives f a new qualified name.
func (st *state) moveFunction(f *schema.Function, q qname) error {
	old := f.Signature()
	moved := *f
	moved.Schema, moved.Name = q.Schema, q.Name
	if st.funcs[moved.Signature()] != nil && moved.Signature() != old {
		return fmt.Errorf("function %s already exists in schema %s", moved.Signature(), schema.QuoteIdent(q.Schema))
	}
	oldName := f.QName().String()
	delete(st.funcs, old)
	f.Schema, f.Name = q.Schema, q.Name
	st.funcs[f.Signature()] = f
	if old == oldName+"(internal)" {
		// prosupport points at the function by number: SUPPORT follows.
		for _, g := range st.funcs {
			if g.Support == oldName {
				g.Support = f.QName().String()
			}
		}
	}
	st.opclasses.functionMoved(old, f.Signature()) // stmt_opclass.go
	return nil
}

// supportFunction resolves the name a SUPPORT clause gives: the function
// name(internal), which must return internal, spelled as regproc prints it
// with an empty search_path (schema.Function.Support). An unqualified name
// is looked up as PostgreSQL does: in pg_catalog first (where search_path
// does not name pg_catalog; where it does, at its place there), then among
// the functions declared so far along search_path; one found nowhere is
// taken to be a built-in one PostgreSQL 15's catalog lacks. A qualified
// name outside pg_catalog must name a declared function.
func (st *state) supportFunction(names []string) (string, error) {
	var sch, name string
	switch len(names) {
	case 1:
		name = names[0]
	case 2:
		sch, name = names[0], names[1]
	default:
		return "", fmt.Errorf("SUPPORT: improper qualified name %s", strings.Join(names, "."))
	}
	if sch == "pg_catalog" {
		return schema.QuoteIdent(name), nil
	}
	schemas := []string{sch}
	if sch == "" {
		schemas = st.supportPath()
	}
	for _, s := range schemas {
		if s == "pg_catalog" {
			if internal, ok := catalogInternalFunctions[name]; ok {
				if !internal {
					return "", fmt.Errorf("support function %s must return type internal", schema.QuoteIdent(name))
				}
				return schema.QuoteIdent(name), nil
			}
			continue
		}
		q := qname{Schema: s, Name: name}
		if f := st.funcs[signature(q, []string{"internal"})]; f != nil {
			if f.Returns != "internal" || f.SetOf {
				return "", fmt.Errorf("support function %s must return type internal", q)
			}
			return q.String(), nil
		}
	}
	if sch != "" {
		return "", fmt.Errorf("function %s(internal) does not exist: SUPPORT needs a function that takes and returns internal", qname{Schema: sch, Name: name})
	}
	return schema.QuoteIdent(name), nil
}

// functionNameRef resolves the name of a function an aggregate uses (SFUNC
// and the like) to the form regproc prints with an empty search_path:
// unqualified for pg_catalog, schema-qualified otherwise. An unqualified
// name is looked up among the functions declared so far along
// search_path; one not found there is taken to be pg_catalog's.
func (st *state) functionNameRef(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		for _, s := range st.path() {
			for _, f := range st.funcs {
				if f.Schema == s && f.Name == names[0] {
					return f.QName().String()
				}
			}
		}
		return schema.QuoteIdent(names[0])
	}
	sch, name := names[len(names)-2], names[len(names)-1]
	if sch == "pg_catalog" {
		return schema.QuoteIdent(name)
	}
	return qname{Schema: sch, Name: name}.String()
}

// createAggregate applies CREATE [OR REPLACE] AGGREGATE.
func (p *parser) createAggregate(d *pg_query.DefineStmt) error {
	sch, name := splitName(d.Defnames)
	q, err := p.st.createName(sch, name)
	if err != nil {
		return err
	}
	f := &schema.Function{Schema: q.Schema, Name: q.Name, Kind: schema.KindAggregate, Parallel: "unsafe"}
	a := &schema.Aggregate{Kind: "normal"}
	f.Aggregate = a
	if d.Oldstyle {
		return fmt.Errorf("aggregate %s: the old CREATE AGGREGATE syntax (BASETYPE = ...) is not supported: write CREATE AGGREGATE %s(type) (...)", q, q)
	}
	if len(d.Args) == 2 {
		direct := int(d.Args[1].GetInteger().GetIval())
		for _, n := range d.Args[0].GetList().GetItems() {
			fp := n.GetFunctionParameter()
			if fp == nil {
				continue
			}
			typ, err := argType(fp.ArgType, p.st)
			if err != nil {
				return fmt.Errorf("aggregate %s: %w", q, err)
			}
			arg := schema.FunctionArg{Mode: schema.ArgIn, Name: fp.Name, Type: typ}
			if fp.Mode == pg_query.FunctionParameterMode_FUNC_PARAM_VARIADIC {
				arg.Mode = schema.ArgVariadic
			}
			f.Args = append(f.Args, arg)
		}
		if direct >= 0 {
			a.Kind, a.DirectArgs = "ordered", direct
			// "agg(VARIADIC x ORDER BY VARIADIC x)": PostgreSQL keeps
			// the repeated variadic argument once.
			if direct > 0 && len(f.Args) == direct+1 && f.Args[direct-1].Mode == schema.ArgVariadic &&
				f.Args[direct].Mode == schema.ArgVariadic && f.Args[direct].Type == f.Args[direct-1].Type {
				f.Args = f.Args[:direct]
			}
		}
	}
	finalModify, mFinalModify := "", ""
	for _, n := range d.Definition {
		e := n.GetDefElem()
		if e == nil {
			continue
		}
		var err error
		typ := func() string {
			var t string
			if tn := e.Arg.GetTypeName(); tn != nil {
				t, err = argType(tn, p.st)
			} else {
				t, err = argType(&pg_query.TypeName{Names: []*pg_query.Node{pg_query.MakeStrNode(defString(e))}}, p.st)
			}
			return t
		}
		fn := func() string {
			if tn := e.Arg.GetTypeName(); tn != nil {
				return p.st.functionNameRef(strList(tn.Names))
			}
			return p.st.functionNameRef(strings.Split(defString(e), "."))
		}
		num := func() int {
			v, _ := intVal(e.Arg)
			return int(v)
		}
		str := func() *string {
			s := defString(e)
			return &s
		}
		switch strings.ToLower(e.Defname) {
		case "sfunc", "sfunc1":
			a.SFunc = fn()
		case "stype", "stype1":
			a.SType = typ()
		case "sspace":
			a.SSpace = num()
		case "finalfunc", "finalfunc1":
			a.FinalFunc = fn()
		case "finalfunc_extra":
			a.FinalExtra = true
		case "finalfunc_modify":
			finalModify = strings.ToLower(defString(e))
		case "combinefunc":
			a.CombineFunc = fn()
		case "serialfunc":
			a.SerialFunc = fn()
		case "deserialfunc":
			a.DeserialFunc = fn()
		case "initcond", "initcond1":
			a.InitCond = str()
		case "msfunc":
			a.MSFunc = fn()
		case "minvfunc":
			a.MInvFunc = fn()
		case "mstype":
			a.MSType = typ()
		case "msspace":
			a.MSSpace = num()
		case "mfinalfunc":
			a.MFinalFunc = fn()
		case "mfinalfunc_extra":
			a.MFinalExtra = true
		case "mfinalfunc_modify":
			mFinalModify = strings.ToLower(defString(e))
		case "minitcond":
			a.MInitCond = str()
		case "sortop":
			op := defString(e)
			if len(f.Args) != 1 {
				return fmt.Errorf("aggregate %s: sort operator can only be specified for single-argument aggregates", q)
			}
			if strings.Contains(op, ".") {
				return fmt.Errorf("aggregate %s: a schema-qualified SORTOP is not supported", q)
			}
			a.SortOp = op + "(" + f.Args[0].Type + "," + f.Args[0].Type + ")"
		case "parallel":
			v := strings.ToLower(defString(e))
			if v != "safe" && v != "restricted" && v != "unsafe" {
				return fmt.Errorf("aggregate %s: parameter \"parallel\" must be SAFE, RESTRICTED, or UNSAFE", q)
			}
			f.Parallel = v
		case "hypothetical":
			if a.Kind == "ordered" {
				a.Kind = "hypothetical"
			}
		default:
			return fmt.Errorf("aggregate %s: aggregate attribute %q not recognized", q, e.Defname)
		}
		if err != nil {
			return fmt.Errorf("aggregate %s: %w", q, err)
		}
	}
	if a.SFunc == "" || a.SType == "" {
		return fmt.Errorf("aggregate %s: aggregate sfunc and stype must be specified", q)
	}
	modify := func(v string) (string, error) {
		switch v {
		case "":
			if a.Kind == "normal" {
				return "read_only", nil
			}
			return "read_write", nil
		case "read_only", "shareable", "read_write":
			return v, nil
		}
		return "", fmt.Errorf("aggregate %s: parameter \"finalfunc_modify\" must be READ_ONLY, SHAREABLE, or READ_WRITE", q)
	}
	if a.FinalModify, err = modify(finalModify); err != nil {
		return err
	}
	if a.MFinalModify, err = modify(mFinalModify); err != nil {
		return err
	}
	return p.st.putFunction(f, d.Replace)
}

// renameSchemaFunctions follows ALTER SCHEMA old RENAME TO name: the
// functions in old move, and type and function names that were qualified
// with old are qualified with name.
func (st *state) renameSchemaFunctions(old, name string) {
	prefix := schema.QuoteIdent(old) + "."
	text := func(s *string) {
		if strings.HasPrefix(*s, prefix) {
			*s = schema.QuoteIdent(name) + "." + (*s)[len(prefix):]
		}
	}
	funcs := make(map[string]*schema.Function, len(st.funcs))
	for _, f := range st.funcs {
		if f.Schema == old {
			f.Schema = name
		}
		for i := range f.Args {
			text(&f.Args[i].Type)
		}
		text(&f.Returns)
		text(&f.Support)
		if a := f.Aggregate; a != nil {
			for _, s := range []*string{&a.SFunc, &a.SType, &a.FinalFunc, &a.CombineFunc, &a.SerialFunc,
				&a.DeserialFunc, &a.MSFunc, &a.MInvFunc, &a.MSType, &a.MFinalFunc} {
				text(s)
			}
		}
		funcs[f.Signature()] = f
	}
	st.funcs = funcs
}

// dropSchemaFunctions forgets the functions of a dropped schema.
func (st *state) dropSchemaFunctions(name string) {
	for k, f := range st.funcs {
		if f.Schema == name {
			delete(st.funcs, k)
		}
	}
}

// hasFunction reports whether schema s holds a function called name.
func (st *state) hasFunction(s, name string) bool {
	for _, f := range st.funcs {
		if f.Schema == s && f.Name == name {
			return true
		}
	}
	return false
}

// userFunctionResolver is implemented by resolvers that know the user's
// functions (the parser's state), so that the arguments of a call to one
// are coerced to its parameters' types as PostgreSQL stores them.
type userFunctionResolver interface {
	// userFuncSigs returns the overloads of function schemaName.name.
	userFuncSigs(schemaName, name string) []funcSig
}

// userFuncSigs implements userFunctionResolver. An overload with argument
// defaults gives one signature per number of arguments a call may pass;
// polymorphic overloads are left out (their parameters' types depend on
// the call).
func (st *state) userFuncSigs(schemaName, name string) []funcSig {
	var fs []*schema.Function
	for _, f := range st.funcs {
		fs = append(fs, f)
	}
	slices.SortFunc(fs, func(a, b *schema.Function) int { return strings.Compare(a.Signature(), b.Signature()) })
	var out []funcSig
next:
	for _, f := range fs {
		if f.Schema != schemaName || f.Name != name || f.Kind == schema.KindProcedure || f.Kind == schema.KindAggregate {
			continue
		}
		var params []string
		variadic, defaults := false, 0
		for _, a := range f.Args {
			if a.Mode == schema.ArgOut || a.Mode == schema.ArgTable {
				continue
			}
			t := a.Type
			if strings.HasPrefix(t, "any") || t == `"any"` || t == "internal" {
				continue next
			}
			if a.Mode == schema.ArgVariadic {
				variadic, t = true, strings.TrimSuffix(t, "[]")
			}
			if a.Default != "" {
				defaults++
			}
			params = append(params, t)
		}
		res := f.Returns
		if f.SetOf || res == "record" || res == "void" {
			res = ""
		}
		for n := len(params) - defaults; n <= len(params); n++ {
			out = append(out, funcSig{params: params[:n], result: res, variadic: variadic && n == len(params)})
		}
	}
	return out
}
