package ddl

import (
	"fmt"
	"os"
	"regexp"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// Allow is an inline acknowledgement of a lint finding: a comment
//
//	-- strata:allow CODE[,CODE...] reason
//
// before a statement, inside it, or after it on the line of its final
// semicolon. It names the object the statement declares.
type Allow struct {
	// Code is the lint code allowed, e.g. "DS103".
	Code string
	// Reason is the text after the code(s); may be empty.
	Reason string
	// Object is the qualified name of the object the statement declares
	// (schema.QName.String(), or the quoted name of a schema); a statement
	// about an index declares both the index and its table, and gives one
	// Allow for each. Unqualified names are taken to be in schema public.
	Object string
	// Pos is where the comment is.
	Pos Pos
}

var allowComment = regexp.MustCompile(`--\s*strata:allow\s+([A-Z]{2}[0-9]{3}(?:\s*,\s*[A-Z]{2}[0-9]{3})*)[ \t]*([^\n]*)`)

// Allowances reads the SQL files or directories at paths (as ParseFiles
// does) and returns their strata:allow comments, each with the object of
// the statement it belongs to. A comment on a statement that declares no
// object lint knows (SET, COMMENT ON, ...) is an error naming its
// position.
func Allowances(paths ...string) ([]Allow, error) {
	files, err := sqlFiles(paths)
	if err != nil {
		return nil, err
	}
	var out []Allow
	var errs ErrorList
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("reading SQL: %w", err)
		}
		p := newParser(Options{})
		p.name, p.src = f, string(data)
		src := p.blankMetaCommands(p.src)
		if !strings.Contains(src, "strata:allow") {
			continue
		}
		tree, err := pg_query.Parse(src)
		if err != nil {
			return nil, ErrorList{p.syntaxError(err)}
		}
		// Each statement owns the text from the end of the previous one
		// (its comments before it) to its own end; a comment on the line
		// of a statement's semicolon belongs to that statement.
		type span struct {
			start, end int
			node       *pg_query.Node
		}
		var spans []span
		for _, raw := range tree.Stmts {
			end := int(raw.StmtLocation + raw.StmtLen)
			if raw.StmtLen == 0 {
				end = len(src)
			}
			spans = append(spans, span{int(raw.StmtLocation), end, raw.Stmt})
		}
		for _, m := range allowComment.FindAllStringSubmatchIndex(src, -1) {
			at := m[0]
			owner := -1
			for i, s := range spans {
				if at >= s.start && at < s.end {
					owner = i
				}
			}
			if owner > 0 {
				prevEnd := spans[owner-1].end
				if !strings.Contains(src[prevEnd:at], "\n") {
					owner-- // after the previous statement, on its line
				}
			}
			if owner < 0 {
				if n := len(spans); n > 0 && at >= spans[n-1].end && !strings.Contains(src[spans[n-1].end:at], "\n") {
					owner = n - 1
				}
			}
			var objects []string
			if owner >= 0 {
				objects = declaredObjects(spans[owner].node)
			}
			if len(objects) == 0 {
				errs = append(errs, &Error{Pos: p.pos(at), Msg: "strata:allow must be on a statement that creates or alters a schema, extension, type, sequence, table, index, view, function, trigger or policy"})
				continue
			}
			reason := strings.TrimSpace(src[m[4]:m[5]])
			for _, code := range strings.Split(src[m[2]:m[3]], ",") {
				for _, o := range objects {
					out = append(out, Allow{Code: strings.TrimSpace(code), Reason: reason, Object: o, Pos: p.pos(at)})
				}
			}
		}
	}
	if len(errs) > 0 {
		return out, errs
	}
	return out, nil
}

// declaredObjects returns the objects a statement creates or alters.
func declaredObjects(n *pg_query.Node) []string {
	rel := func(r *pg_query.RangeVar) string {
		if r == nil {
			return ""
		}
		s := r.Schemaname
		if s == "" {
			s = "public"
		}
		return schema.QName{Schema: s, Name: r.Relname}.String()
	}
	list := func(names []*pg_query.Node) string {
		var parts []string
		for _, x := range names {
			if s := x.GetString_(); s != nil {
				parts = append(parts, s.Sval)
			}
		}
		switch len(parts) {
		case 1:
			return schema.QName{Schema: "public", Name: parts[0]}.String()
		case 2:
			return schema.QName{Schema: parts[0], Name: parts[1]}.String()
		}
		return ""
	}
	var out []string
	add := func(s string) {
		if s != "" {
			out = append(out, s)
		}
	}
	switch {
	case n.GetCreateStmt() != nil:
		add(rel(n.GetCreateStmt().Relation))
	case n.GetAlterTableStmt() != nil:
		add(rel(n.GetAlterTableStmt().Relation))
	case n.GetIndexStmt() != nil:
		s := n.GetIndexStmt()
		if t := s.Relation; t != nil && s.Idxname != "" {
			sc := t.Schemaname
			if sc == "" {
				sc = "public"
			}
			add(schema.QName{Schema: sc, Name: s.Idxname}.String())
		}
		add(rel(s.Relation))
	case n.GetCreateEnumStmt() != nil:
		add(list(n.GetCreateEnumStmt().TypeName))
	case n.GetAlterEnumStmt() != nil:
		add(list(n.GetAlterEnumStmt().TypeName))
	case n.GetCreateSeqStmt() != nil:
		add(rel(n.GetCreateSeqStmt().Sequence))
	case n.GetAlterSeqStmt() != nil:
		add(rel(n.GetAlterSeqStmt().Sequence))
	case n.GetCreateSchemaStmt() != nil:
		add(schema.QuoteIdent(n.GetCreateSchemaStmt().Schemaname))
	case n.GetCreateExtensionStmt() != nil:
		add(n.GetCreateExtensionStmt().Extname)
	case n.GetViewStmt() != nil:
		add(rel(n.GetViewStmt().View))
	case n.GetCreateTableAsStmt() != nil && n.GetCreateTableAsStmt().Into != nil:
		add(rel(n.GetCreateTableAsStmt().Into.Rel))
	case n.GetCreateFunctionStmt() != nil:
		add(list(n.GetCreateFunctionStmt().Funcname))
	case n.GetCreateTrigStmt() != nil:
		add(rel(n.GetCreateTrigStmt().Relation))
	case n.GetCreatePolicyStmt() != nil:
		add(rel(n.GetCreatePolicyStmt().Table))
	case n.GetCreateDomainStmt() != nil:
		add(list(n.GetCreateDomainStmt().Domainname))
	case n.GetCompositeTypeStmt() != nil:
		add(rel(n.GetCompositeTypeStmt().Typevar))
	}
	return out
}
