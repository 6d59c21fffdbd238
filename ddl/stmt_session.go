package ddl

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"
)

// set applies SET search_path (and RESET) and skips every other SET.
func (p *parser) set(s *pg_query.VariableSetStmt, start int) error {
	if s.Name == "check_function_bodies" {
		// Applied, trivially: the parser never checks function bodies.
		return nil
	}
	if s.Name != "search_path" {
		p.skip(start, "SET")
		return nil
	}
	var path []string
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
	case pg_query.VariableSetKind_VAR_SET_DEFAULT, pg_query.VariableSetKind_VAR_RESET:
		path = []string{"$user", "public"}
	default:
		p.skip(start, "SET")
		return nil
	}
	p.setSearchPath(path, s.IsLocal)
	p.skip(start, "SET search_path")
	return nil
}

// setSearchPath changes search_path; a local change lasts until the end of
// the current transaction block and does nothing outside of one.
func (p *parser) setSearchPath(path []string, local bool) {
	if local {
		if !p.inTx {
			return
		}
		if p.txPath == nil {
			p.txPath = p.st.searchPath
		}
	}
	p.st.searchPath = path
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
	}
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
	if name == nil || value == nil || name.Sval != "search_path" {
		return
	}
	local := false
	if b := args[2].GetAConst().GetBoolval(); b != nil {
		local = b.Boolval
	}
	p.setSearchPath(splitSearchPath(value.Sval), local)
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
