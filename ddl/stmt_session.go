package ddl

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"
)

// set applies SET search_path (and RESET), remembers the value of the
// other settings it can show as PostgreSQL would (for SET ... FROM CURRENT
// in functions) and skips them.
func (p *parser) set(s *pg_query.VariableSetStmt, start int) error {
	if s.Name == "check_function_bodies" {
		// Applied, trivially: the parser never checks function bodies.
		p.sess.remember(s, p.inTx)
		return nil
	}
	if s.Kind == pg_query.VariableSetKind_VAR_RESET_ALL {
		p.setSearchPath([]string{"$user", "public"}, defaultSearchPath, false)
	}
	if s.Name != "search_path" {
		p.sess.remember(s, p.inTx)
		p.skip(start, "SET")
		return nil
	}
	var path []string
	text := defaultSearchPath
	switch s.Kind {
	case pg_query.VariableSetKind_VAR_SET_VALUE:
		for _, a := range s.Args {
			if c := a.GetAConst(); c != nil {
				if sv := c.GetSval(); sv != nil {
					path = append(path, sv.Sval)
					continue
				}
			}
			path = append(path, strVal(a))
		}
		var err error
		if text, err = flattenSet(s.Args, true); err != nil {
			text = "" // not known: see below
		}
	case pg_query.VariableSetKind_VAR_SET_DEFAULT, pg_query.VariableSetKind_VAR_RESET:
		path = []string{"$user", "public"}
	default:
		p.skip(start, "SET")
		return nil
	}
	p.setSearchPath(path, text, s.IsLocal)
	if text == "" && (!s.IsLocal || p.inTx) {
		// a value the parser cannot print as SHOW does
		p.sess.forget("search_path")
	}
	p.skip(start, "SET search_path")
	return nil
}

// setSearchPath changes search_path (path are its entries, text its value
// as SHOW prints it); a local change lasts until the end of the current
// transaction block and does nothing outside of one.
func (p *parser) setSearchPath(path []string, text string, local bool) {
	if local {
		if !p.inTx {
			return
		}
		if p.txPath == nil {
			p.txPath = p.st.searchPath
		}
		p.sess.save()
	}
	p.st.searchPath = path
	p.sess.set("search_path", text)
}

// transaction tracks BEGIN and COMMIT for SET LOCAL.
func (p *parser) transaction(kind pg_query.TransactionStmtKind) {
	switch kind {
	case pg_query.TransactionStmtKind_TRANS_STMT_BEGIN, pg_query.TransactionStmtKind_TRANS_STMT_START:
		p.inTx = true
	case pg_query.TransactionStmtKind_TRANS_STMT_COMMIT, pg_query.TransactionStmtKind_TRANS_STMT_ROLLBACK,
		pg_query.TransactionStmtKind_TRANS_STMT_COMMIT_PREPARED, pg_query.TransactionStmtKind_TRANS_STMT_ROLLBACK_PREPARED,
		pg_query.TransactionStmtKind_TRANS_STMT_PREPARE:
		p.inTx = false
		if p.txPath != nil {
			p.st.searchPath, p.txPath = p.txPath, nil
		}
		p.sess.restore()
	}
}

// defaultSearchPath is search_path's value in a new session, as SHOW
// prints it.
const defaultSearchPath = `"$user", public`

// session holds the values of the settings of the session that runs the
// files, as SHOW prints them (and as SET ... FROM CURRENT stores them in
// pg_proc.proconfig), for the settings the parser knows: search_path,
// which starts at its default, and the settings the files SET to a value
// whose printed form the parser can tell (see gucShow). The zero value is
// a new session.
type session struct {
	// values maps a setting's lower-case name to its value; a setting
	// known to be unknown (RESET, or a value the parser cannot print) maps
	// to nothing. search_path is absent until it is first set.
	values map[string]*string
	// saved are the values at the first SET LOCAL of a transaction block,
	// restored at its end; nil outside of one.
	saved map[string]*string
}

// current returns the value of setting name (any case) in the session,
// and false when the parser does not know it.
func (s *session) current(name string) (string, bool) {
	name = strings.ToLower(name)
	v, ok := s.values[name]
	switch {
	case ok && v != nil:
		return *v, true
	case !ok && name == "search_path":
		return defaultSearchPath, true
	}
	return "", false
}

// set records the value of setting name ("" with text set is the empty
// string; unknown is recorded by forget).
func (s *session) set(name, text string) {
	if s.values == nil {
		s.values = map[string]*string{}
	}
	s.values[strings.ToLower(name)] = &text
}

// forget records that the value of setting name is not known.
func (s *session) forget(name string) {
	if s.values == nil {
		s.values = map[string]*string{}
	}
	s.values[strings.ToLower(name)] = nil
}

// save keeps the values before a SET LOCAL, once per transaction block.
func (s *session) save() {
	if s.saved == nil {
		s.saved = map[string]*string{}
		for k, v := range s.values {
			s.saved[k] = v
		}
	}
}

// restore puts back the values saved at a SET LOCAL, at the end of the
// transaction block.
func (s *session) restore() {
	if s.saved != nil {
		s.values, s.saved = s.saved, nil
	}
}

// remember records the effect of a SET or RESET of a setting other than
// search_path on the session's values.
func (s *session) remember(v *pg_query.VariableSetStmt, inTx bool) {
	if v.IsLocal {
		if !inTx {
			return
		}
		s.save()
	}
	name := strings.ToLower(v.Name)
	switch v.Kind {
	case pg_query.VariableSetKind_VAR_SET_VALUE:
		if text, ok := gucShow(name, v.Args); ok {
			s.set(name, text)
			return
		}
		s.forget(name)
	case pg_query.VariableSetKind_VAR_RESET_ALL:
		s.values = nil
	default:
		s.forget(name)
	}
}

// flattenSet joins the values of a SET clause as PostgreSQL does
// (flatten_set_variable_args): list elements quoted as identifiers when
// quote is set, separated by ", ".
func flattenSet(args []*pg_query.Node, quote bool) (string, error) {
	vals := make([]string, 0, len(args))
	for _, a := range args {
		s, err := setArg(a, quote)
		if err != nil {
			return "", err
		}
		vals = append(vals, s)
	}
	return strings.Join(vals, ", "), nil
}

// gucKind is how SHOW prints a setting's value.
type gucKind int

const (
	gucString gucKind = iota + 1 // as given
	gucBool                      // on or off
	gucEnum                      // the option's lower-case name
)

// gucKinds are the settings, other than search_path, whose value set by
// SET the parser can print as SHOW does (and so as SET ... FROM CURRENT
// stores it): the ones pg_dump writes and a few common others. Numeric
// settings are left out: SHOW prints them in units the parser does not
// track.
var gucKinds = map[string]gucKind{
	"application_name":            gucString,
	"default_table_access_method": gucString,
	"default_tablespace":          gucString,
	"default_text_search_config":  gucString,
	"check_function_bodies":       gucBool,
	"standard_conforming_strings": gucBool,
	"row_security":                gucBool,
	"escape_string_warning":       gucBool,
	"lo_compat_privileges":        gucBool,
	"quote_all_identifiers":       gucBool,
	"transform_null_equals":       gucBool,
	"array_nulls":                 gucBool,
	"client_min_messages":         gucEnum,
	"xmloption":                   gucEnum,
	"xmlbinary":                   gucEnum,
	"bytea_output":                gucEnum,
	"backslash_quote":             gucEnum,
	"constraint_exclusion":        gucEnum,
	"session_replication_role":    gucEnum,
}

// gucShow returns the value SHOW would print for setting name after SET
// name = args, and false when the parser cannot tell it.
func gucShow(name string, args []*pg_query.Node) (string, bool) {
	kind := gucKinds[name]
	if kind == 0 || len(args) != 1 {
		return "", false
	}
	v, err := setArg(args[0], false)
	if err != nil {
		return "", false
	}
	switch kind {
	case gucBool:
		switch strings.ToLower(v) {
		case "on", "true", "yes", "1", "t":
			return "on", true
		case "off", "false", "no", "0", "f":
			return "off", true
		}
		return "", false
	case gucEnum:
		return strings.ToLower(v), true
	}
	return v, true
}

// splitSearchPath splits a search_path setting's text into its entries.
func splitSearchPath(v string) []string {
	var out []string
	for _, part := range strings.Split(v, ",") {
		part = strings.TrimSpace(part)
		if len(part) >= 2 && part[0] == '"' && part[len(part)-1] == '"' {
			part = strings.ReplaceAll(part[1:len(part)-1], `""`, `"`)
		} else {
			part = strings.ToLower(part)
		}
		if part != "" {
			out = append(out, part)
		}
	}
	return out
}

// stateFunctions are the functions a SELECT may call and still be only a
// change of session state or data (sequence positions), never of schema.
var stateFunctions = map[string]bool{"set_config": true, "setval": true}

// selectStmt skips SELECTs that only call set_config or setval (as
// pg_dump writes them), applying set_config('search_path', ...). Any
// other SELECT is unsupported: it may call a function that changes the
// schema.
func (p *parser) selectStmt(s *pg_query.SelectStmt, start int) error {
	if s.IntoClause != nil {
		return p.needsDatabase(start, "SELECT INTO", s.IntoClause.GetRel())
	}
	var kind string
	ok := len(s.FromClause) == 0 && len(s.TargetList) > 0 && s.WhereClause == nil
	for _, t := range s.TargetList {
		fc := t.GetResTarget().GetVal().GetFuncCall()
		if fc == nil {
			ok = false
			break
		}
		sch, name := splitName(fc.Funcname)
		if !stateFunctions[name] || (sch != "" && sch != "pg_catalog") {
			ok = false
			break
		}
		if kind == "" {
			kind = "SELECT " + name
		}
		if name == "set_config" && len(fc.Args) == 3 {
			p.applySetConfig(fc.Args)
		}
	}
	if !ok {
		return p.unsupported(start, "SELECT", "", "only SELECTs of set_config and setval are understood")
	}
	p.skip(start, kind)
	return nil
}

// applySetConfig applies set_config('search_path', value, is_local).
func (p *parser) applySetConfig(args []*pg_query.Node) {
	name := args[0].GetAConst().GetSval()
	value := args[1].GetAConst().GetSval()
	local := false
	if b := args[2].GetAConst().GetBoolval(); b != nil {
		local = b.Boolval
	}
	if name != nil && name.Sval != "search_path" && (!local || p.inTx) {
		if local {
			p.sess.save()
		}
		p.sess.forget(name.Sval)
	}
	if name == nil || value == nil || name.Sval != "search_path" {
		return
	}
	p.setSearchPath(splitSearchPath(value.Sval), value.Sval, local)
}

// transactionKind names a transaction statement for Result.Skipped.
func transactionKind(k pg_query.TransactionStmtKind) string {
	switch k {
	case pg_query.TransactionStmtKind_TRANS_STMT_BEGIN:
		return "BEGIN"
	case pg_query.TransactionStmtKind_TRANS_STMT_START:
		return "START TRANSACTION"
	case pg_query.TransactionStmtKind_TRANS_STMT_COMMIT:
		return "COMMIT"
	case pg_query.TransactionStmtKind_TRANS_STMT_ROLLBACK:
		return "ROLLBACK"
	}
	return "TRANSACTION"
}

// objectTypeWord spells an object type as SQL does ("TABLE", "MATERIALIZED VIEW").
func objectTypeWord(t pg_query.ObjectType) string {
	w := strings.TrimPrefix(t.String(), "OBJECT_")
	switch w {
	case "MATVIEW":
		return "MATERIALIZED VIEW"
	case "FOREIGN_TABLE":
		return "FOREIGN TABLE"
	case "TSCONFIGURATION":
		return "TEXT SEARCH CONFIGURATION"
	case "TSDICTIONARY":
		return "TEXT SEARCH DICTIONARY"
	case "FDW":
		return "FOREIGN DATA WRAPPER"
	case "FOREIGN_SERVER":
		return "SERVER"
	}
	return strings.ReplaceAll(w, "_", " ")
}
