package ddl

import (
	"strconv"
	"strings"

	"github.com/stratadb/strata/schema"
)

// CreateFunction returns the CREATE FUNCTION, CREATE PROCEDURE or CREATE
// AGGREGATE statement for f, with every attribute that differs from
// PostgreSQL's default. orReplace makes it CREATE OR REPLACE. The comment
// is left out (see CommentOnFunction).
func CreateFunction(f *schema.Function, orReplace bool) string {
	if f.Kind == schema.KindAggregate {
		return createAggregate(f, orReplace)
	}
	var b strings.Builder
	b.WriteString("CREATE ")
	if orReplace {
		b.WriteString("OR REPLACE ")
	}
	if f.Kind == schema.KindProcedure {
		b.WriteString("PROCEDURE ")
	} else {
		b.WriteString("FUNCTION ")
	}
	b.WriteString(f.QName().String())
	var args, table []string
	for _, a := range f.Args {
		if a.Mode == schema.ArgTable {
			table = append(table, schema.QuoteIdent(a.Name)+" "+a.Type)
			continue
		}
		args = append(args, renderArg(a))
	}
	b.WriteString("(" + strings.Join(args, ", ") + ")")
	switch {
	case f.Kind == schema.KindProcedure:
	case len(table) > 0:
		b.WriteString(" RETURNS TABLE(" + strings.Join(table, ", ") + ")")
	case f.SetOf:
		b.WriteString(" RETURNS SETOF " + f.Returns)
	default:
		b.WriteString(" RETURNS " + f.Returns)
	}
	b.WriteString("\n    LANGUAGE " + schema.QuoteIdent(f.Language))
	if f.Kind == schema.KindWindow {
		b.WriteString(" WINDOW")
	}
	switch f.Volatility {
	case "immutable":
		b.WriteString(" IMMUTABLE")
	case "stable":
		b.WriteString(" STABLE")
	}
	if f.Strict {
		b.WriteString(" STRICT")
	}
	if f.SecurityDefiner {
		b.WriteString(" SECURITY DEFINER")
	}
	if f.Leakproof {
		b.WriteString(" LEAKPROOF")
	}
	switch f.Parallel {
	case "safe":
		b.WriteString(" PARALLEL SAFE")
	case "restricted":
		b.WriteString(" PARALLEL RESTRICTED")
	}
	defCost := 100.0
	if f.Language == "c" || f.Language == "internal" {
		defCost = 1
	}
	if f.Cost != defCost && f.Kind != schema.KindProcedure {
		b.WriteString(" COST " + formatNum(f.Cost))
	}
	if f.SetOf && f.Rows != 1000 {
		b.WriteString(" ROWS " + formatNum(f.Rows))
	}
	if f.Support != "" {
		b.WriteString(" SUPPORT " + f.Support)
	}
	for _, c := range f.Config {
		b.WriteString("\n    " + setClause(c))
	}
	switch {
	case f.SQLBody != "":
		b.WriteString("\n" + f.SQLBody)
	case f.Library != "":
		b.WriteString("\n    AS " + QuoteLiteral(f.Library) + ", " + QuoteLiteral(f.Body))
	default:
		b.WriteString("\n    AS " + dollarQuote(f.Body))
	}
	return b.String()
}

// renderArg prints one argument: [mode] [name] type [DEFAULT expr].
func renderArg(a schema.FunctionArg) string {
	var parts []string
	switch a.Mode {
	case schema.ArgOut:
		parts = append(parts, "OUT")
	case schema.ArgInOut:
		parts = append(parts, "INOUT")
	case schema.ArgVariadic:
		parts = append(parts, "VARIADIC")
	}
	if a.Name != "" {
		parts = append(parts, schema.QuoteIdent(a.Name))
	}
	parts = append(parts, a.Type)
	if a.Default != "" {
		parts = append(parts, "DEFAULT "+a.Default)
	}
	return strings.Join(parts, " ")
}

// formatNum prints a cost or row estimate.
func formatNum(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// setClause turns a proconfig entry "name=value" back into a SET clause
// that stores the same entry.
func setClause(c string) string {
	name, value, _ := strings.Cut(c, "=")
	if !gucListQuote[strings.ToLower(name)] {
		return "SET " + name + " TO " + QuoteLiteral(value)
	}
	var items []string
	for _, it := range splitGUCList(value) {
		items = append(items, QuoteLiteral(it))
	}
	if len(items) == 0 {
		return "SET " + name + " TO ''"
	}
	return "SET " + name + " TO " + strings.Join(items, ", ")
}

// splitGUCList splits a list setting's value at commas outside double
// quotes and removes the quotes of quoted elements.
func splitGUCList(v string) []string {
	var out []string
	var cur strings.Builder
	inQuote, started := false, false
	for i := 0; i < len(v); i++ {
		ch := v[i]
		switch {
		case inQuote && ch == '"' && i+1 < len(v) && v[i+1] == '"':
			cur.WriteByte('"')
			i++
		case ch == '"':
			inQuote = !inQuote
			started = true
		case !inQuote && ch == ',':
			out = append(out, cur.String())
			cur.Reset()
			started = false
		case !inQuote && (ch == ' ' || ch == '\t') && !started:
		default:
			cur.WriteByte(ch)
			started = true
		}
	}
	if cur.Len() > 0 || started {
		out = append(out, strings.TrimRight(cur.String(), " \t"))
	}
	return out
}

// dollarQuote quotes a function body with the first dollar tag that does
// not occur in it.
func dollarQuote(body string) string {
	for i := 0; ; i++ {
		tag := "$$"
		switch {
		case i == 1:
			tag = "$_$"
		case i > 1:
			tag = "$f" + strconv.Itoa(i) + "$"
		}
		if strings.Index(body+tag, tag) == len(body) {
			return tag + body + tag
		}
	}
}

// createAggregate returns the CREATE AGGREGATE statement for f.
func createAggregate(f *schema.Function, orReplace bool) string {
	a := f.Aggregate
	if a == nil {
		a = &schema.Aggregate{}
	}
	var b strings.Builder
	b.WriteString("CREATE ")
	if orReplace {
		b.WriteString("OR REPLACE ")
	}
	b.WriteString("AGGREGATE " + f.QName().String() + "(" + aggregateArgs(f, true) + ") (\n    SFUNC = " + a.SFunc + ",\n    STYPE = " + a.SType)
	opt := func(name, v string) {
		if v != "" {
			b.WriteString(",\n    " + name + " = " + v)
		}
	}
	if a.SSpace != 0 {
		opt("SSPACE", strconv.Itoa(a.SSpace))
	}
	opt("FINALFUNC", a.FinalFunc)
	if a.FinalExtra {
		b.WriteString(",\n    FINALFUNC_EXTRA")
	}
	defModify := "read_only"
	if a.Kind == "ordered" || a.Kind == "hypothetical" {
		defModify = "read_write"
	}
	if a.FinalModify != defModify && a.FinalModify != "" {
		opt("FINALFUNC_MODIFY", finalModifyWord(a.FinalModify))
	}
	opt("COMBINEFUNC", a.CombineFunc)
	opt("SERIALFUNC", a.SerialFunc)
	opt("DESERIALFUNC", a.DeserialFunc)
	if a.InitCond != nil {
		opt("INITCOND", QuoteLiteral(*a.InitCond))
	}
	opt("MSFUNC", a.MSFunc)
	opt("MINVFUNC", a.MInvFunc)
	opt("MSTYPE", a.MSType)
	if a.MSSpace != 0 {
		opt("MSSPACE", strconv.Itoa(a.MSSpace))
	}
	opt("MFINALFUNC", a.MFinalFunc)
	if a.MFinalExtra {
		b.WriteString(",\n    MFINALFUNC_EXTRA")
	}
	if a.MFinalModify != defModify && a.MFinalModify != "" {
		opt("MFINALFUNC_MODIFY", finalModifyWord(a.MFinalModify))
	}
	if a.MInitCond != nil {
		opt("MINITCOND", QuoteLiteral(*a.MInitCond))
	}
	if a.SortOp != "" {
		op := a.SortOp
		if i := strings.IndexByte(op, '('); i > 0 {
			op = op[:i]
		}
		if j := strings.LastIndexByte(op, '.'); j > 0 {
			op = "OPERATOR(" + op + ")"
		}
		opt("SORTOP", op)
	}
	switch f.Parallel {
	case "safe":
		opt("PARALLEL", "SAFE")
	case "restricted":
		opt("PARALLEL", "RESTRICTED")
	}
	if a.Kind == "hypothetical" {
		b.WriteString(",\n    HYPOTHETICAL")
	}
	b.WriteString("\n)")
	return b.String()
}

func finalModifyWord(m string) string {
	switch m {
	case "shareable":
		return "SHAREABLE"
	case "read_write":
		return "READ_WRITE"
	}
	return "READ_ONLY"
}

// aggregateArgs prints the argument list of an aggregate: "*" for none,
// "direct ORDER BY aggregated" for an ordered-set aggregate. names keeps
// argument names (a signature for DROP or COMMENT leaves them out).
func aggregateArgs(f *schema.Function, names bool) string {
	var args []string
	for _, a := range f.Args {
		s := a.Type
		if names && a.Name != "" {
			s = schema.QuoteIdent(a.Name) + " " + s
		}
		if a.Mode == schema.ArgVariadic {
			s = "VARIADIC " + s
		}
		args = append(args, s)
	}
	if a := f.Aggregate; a != nil && (a.Kind == "ordered" || a.Kind == "hypothetical") {
		n := min(a.DirectArgs, len(args))
		direct := strings.Join(args[:n], ", ")
		rest := args[n:]
		// A variadic direct argument of a hypothetical-set aggregate
		// is repeated as the aggregated one: PostgreSQL lists it once.
		if direct == "" {
			return "ORDER BY " + strings.Join(rest, ", ")
		}
		if len(rest) == 0 && n > 0 && f.Args[n-1].Mode == schema.ArgVariadic {
			return direct + " ORDER BY " + args[n-1]
		}
		return direct + " ORDER BY " + strings.Join(rest, ", ")
	}
	if len(args) == 0 {
		return "*"
	}
	return strings.Join(args, ", ")
}

// functionWord is the object type word of f in DROP, ALTER and COMMENT.
func functionWord(f *schema.Function) string {
	switch f.Kind {
	case schema.KindProcedure:
		return "PROCEDURE"
	case schema.KindAggregate:
		return "AGGREGATE"
	}
	return "FUNCTION"
}

// FunctionRef returns how DROP, ALTER and COMMENT name f: its kind's word
// and its signature, e.g. "FUNCTION public.f(integer, text)".
func FunctionRef(f *schema.Function) string {
	if f.Kind == schema.KindAggregate {
		return "AGGREGATE " + f.QName().String() + "(" + aggregateArgs(f, false) + ")"
	}
	var args []string
	for _, a := range f.Args {
		switch a.Mode {
		case schema.ArgIn, schema.ArgInOut:
			args = append(args, a.Type)
		case schema.ArgVariadic:
			args = append(args, "VARIADIC "+a.Type)
		case schema.ArgOut:
			if f.Kind == schema.KindProcedure {
				args = append(args, "OUT "+a.Type)
			}
		}
	}
	return functionWord(f) + " " + f.QName().String() + "(" + strings.Join(args, ", ") + ")"
}

// DropFunction returns the DROP statement of f.
func DropFunction(f *schema.Function) string { return "DROP " + FunctionRef(f) }

// CommentOnFunction returns the statement that sets the comment of f; ""
// removes it.
func CommentOnFunction(f *schema.Function, text string) string {
	return commentOn(FunctionRef(f), text)
}

// Stages of function creation in Render.
const (
	funcsBeforeTables = iota // no row type in the signature, a string body
	funcsAfterTables         // table row types, SQL-standard bodies, aggregates
	funcsAfterViews          // view row types, bodies that read views
)

// functionStage tells when Render creates f, as far as f itself says
// (orderRoutines adds what the functions it calls and the views its body
// reads say): before the tables when nothing in its signature needs them
// (SET check_function_bodies = false lets a string body name tables
// created later); after the tables for table row types, SQL-standard
// bodies (PostgreSQL checks those) and aggregates; after the views for
// view row types.
func functionStage(f *schema.Function, tables, views map[string]bool) int {
	stage := funcsBeforeTables
	if f.Kind == schema.KindAggregate || f.SQLBody != "" {
		stage = funcsAfterTables
	}
	types := []string{f.Returns}
	for _, a := range f.Args {
		types = append(types, a.Type)
	}
	if a := f.Aggregate; a != nil {
		types = append(types, a.SType, a.MSType)
	}
	for _, t := range types {
		t = strings.TrimSuffix(t, "[]")
		switch {
		case views[t]:
			stage = funcsAfterViews
		case tables[t]:
			stage = max(stage, funcsAfterTables)
		}
	}
	return stage
}

// renderFunctionComments adds the comments of db's functions to s.
func renderFunctionComments(s *script, db *schema.Database) {
	for _, f := range db.Functions {
		if f.Comment != "" {
			s.add(CommentOnFunction(f, f.Comment))
		}
	}
}
