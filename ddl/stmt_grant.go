package ddl

import (
	"fmt"
	"slices"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// aclTarget is one object a GRANT or REVOKE changes: where its privilege
// lists live in the model.
type aclTarget struct {
	kind schema.ACLKind
	// name is the object's name for DefaultGrants (the schema name of a
	// schema), display its name for messages.
	name, display string
	grants        *[]schema.Grant
	// revokes is nil for kinds without default privileges.
	revokes *[]schema.Grant
	// table is set for tables, view for views: column privileges go to
	// their columns.
	table  *schema.Table
	view   *schema.View
	ftable *schema.ForeignTable
}

// columnGrants returns the privilege list of column name of a table or
// view target, or nil when there is no such column.
func (t aclTarget) columnGrants(name string) *[]schema.Grant {
	if t.table != nil {
		if c := t.table.Column(name); c != nil {
			return &c.Grants
		}
	}
	if t.view != nil {
		for _, c := range t.view.Columns {
			if c.Name == name {
				return &c.Grants
			}
		}
	}
	if t.ftable != nil {
		if c := t.ftable.Column(name); c != nil {
			return &c.Grants
		}
	}
	return nil
}

// columnNames returns the columns of a table or view target in order.
func (t aclTarget) columnNames() []string {
	if t.table != nil {
		out := make([]string, len(t.table.Columns))
		for i, c := range t.table.Columns {
			out[i] = c.Name
		}
		return out
	}
	if t.view != nil {
		return t.view.ColumnNames()
	}
	if t.ftable != nil {
		out := make([]string, len(t.ftable.Columns))
		for i, c := range t.ftable.Columns {
			out[i] = c.Name
		}
		return out
	}
	return nil
}

// privSpec is one entry of a GRANT's privilege list: a privilege name
// (schema.AllPrivileges for ALL) and its columns, if any.
type privSpec struct {
	name string
	cols []string
}

// grant applies GRANT and REVOKE on objects (not roles, not ALTER DEFAULT
// PRIVILEGES). Roles are referenced by name and never checked here: they
// are not part of the model.
func (p *parser) grant(s *pg_query.GrantStmt, start int) error {
	verb := "GRANT"
	if !s.IsGrant {
		verb = "REVOKE"
	}
	// Objects created since the last checkpoint get their default
	// privileges before this statement changes them.
	p.settleDefaultACLs()
	targets, err := p.grantTargets(s)
	if err != nil {
		return err
	}
	if targets == nil {
		switch s.Objtype {
		case pg_query.ObjectType_OBJECT_DATABASE, pg_query.ObjectType_OBJECT_TABLESPACE, pg_query.ObjectType_OBJECT_PARAMETER_ACL:
			// privileges of the database or the cluster: not schema
			p.skip(start, verb+" ON "+objectTypeWord(s.Objtype))
			return nil
		}
		return p.unsupported(start, verb+" ON "+objectTypeWord(s.Objtype), "", "privileges on this kind of object are not modeled")
	}
	var grantees []string
	for _, n := range s.Grantees {
		r := n.GetRoleSpec()
		switch r.GetRoletype() {
		case pg_query.RoleSpecType_ROLESPEC_PUBLIC:
			grantees = append(grantees, schema.Public)
		case pg_query.RoleSpecType_ROLESPEC_CSTRING:
			grantees = append(grantees, r.Rolename)
		default:
			return fmt.Errorf("%s to CURRENT_USER, CURRENT_ROLE or SESSION_USER is not supported: name the role", verb)
		}
	}
	var privs []privSpec
	for _, n := range s.Privileges {
		ap := n.GetAccessPriv()
		ps := privSpec{name: schema.AllPrivileges, cols: strList(ap.GetCols())}
		if ap.GetPrivName() != "" {
			ps.name = privilegeName(ap.GetPrivName())
		}
		privs = append(privs, ps)
	}
	if len(privs) == 0 {
		privs = []privSpec{{name: schema.AllPrivileges}}
	}
	for _, t := range targets {
		if err := applyGrant(t, s, grantees, privs); err != nil {
			return err
		}
	}
	return nil
}

// privilegeName maps a privilege as the grammar gives it ("select",
// "temp") to the model's name ("SELECT", "TEMPORARY").
func privilegeName(s string) string {
	s = strings.ToUpper(s)
	if s == "TEMP" {
		return "TEMPORARY"
	}
	return s
}

// applyGrant applies one GRANT or REVOKE statement to one object.
func applyGrant(t aclTarget, s *pg_query.GrantStmt, grantees []string, privs []privSpec) error {
	all := schema.KindPrivileges(t.kind)
	var tablePrivs []string
	colPrivs := map[string][]string{} // column -> privileges
	var cols []string
	for _, ps := range privs {
		if len(ps.cols) > 0 {
			if t.table == nil && t.view == nil && t.ftable == nil {
				return fmt.Errorf("column privileges are only valid for relations, not for %s %s", t.kind, t.display)
			}
			for _, c := range ps.cols {
				if t.columnGrants(c) == nil {
					return fmt.Errorf("column %s of relation %s does not exist", schema.QuoteIdent(c), t.display)
				}
				if ps.name != schema.AllPrivileges && !slices.Contains(schema.KindPrivileges(schema.ACLColumn), ps.name) {
					return fmt.Errorf("invalid privilege type %s for column", ps.name)
				}
				if !slices.Contains(cols, c) {
					cols = append(cols, c)
				}
				colPrivs[c] = append(colPrivs[c], ps.name)
			}
			continue
		}
		if ps.name != schema.AllPrivileges && !slices.Contains(all, ps.name) && !(t.kind == schema.ACLTable && ps.name == "MAINTAIN") {
			if t.kind == schema.ACLSequence && s.Objtype == pg_query.ObjectType_OBJECT_TABLE {
				continue // PostgreSQL warns and ignores it
			}
			return fmt.Errorf("invalid privilege type %s for %s", ps.name, t.kind)
		}
		tablePrivs = append(tablePrivs, ps.name)
	}
	defaults := schema.DefaultGrants(t.kind, t.name)
	var revokes []schema.Grant
	if t.revokes != nil {
		revokes = *t.revokes
	}
	acl := schema.EffectiveACL(defaults, *t.grants, revokes, all)
	if len(tablePrivs) > 0 {
		for _, g := range grantees {
			if s.IsGrant {
				if s.GrantOption && g == schema.Public {
					return fmt.Errorf("grant options can only be granted to roles, not to PUBLIC")
				}
				acl.Grant(schema.Grant{Grantee: g, Privileges: tablePrivs, GrantOption: s.GrantOption}, all)
			} else {
				acl.Revoke(g, tablePrivs, s.GrantOption, all)
			}
		}
		gs, rs := acl.Delta(t.kind, defaults, all)
		*t.grants = gs
		if t.revokes != nil {
			*t.revokes = rs
		}
	}
	if t.table == nil && t.view == nil && t.ftable == nil {
		return nil
	}
	// A table-level REVOKE takes the same privileges off every column.
	colAll := schema.KindPrivileges(schema.ACLColumn)
	for _, name := range t.columnNames() {
		cg := t.columnGrants(name)
		ps := colPrivs[name]
		revokeTable := !s.IsGrant && len(tablePrivs) > 0
		if len(ps) == 0 && !revokeTable {
			continue
		}
		cacl := schema.EffectiveACL(nil, *cg, nil, colAll)
		for _, g := range grantees {
			if s.IsGrant {
				if len(ps) > 0 {
					if s.GrantOption && g == schema.Public {
						return fmt.Errorf("grant options can only be granted to roles, not to PUBLIC")
					}
					cacl.Grant(schema.Grant{Grantee: g, Privileges: ps, GrantOption: s.GrantOption}, colAll)
				}
				continue
			}
			if revokeTable {
				cacl.Revoke(g, tablePrivs, s.GrantOption, colAll)
			}
			if len(ps) > 0 {
				cacl.Revoke(g, ps, s.GrantOption, colAll)
			}
		}
		*cg, _ = cacl.Delta(schema.ACLColumn, nil, colAll)
	}
	return nil
}

// grantTargets resolves the objects of a GRANT or REVOKE. It returns nil,
// nil for kinds of objects the model has no privileges for.
func (p *parser) grantTargets(s *pg_query.GrantStmt) ([]aclTarget, error) {
	var out []aclTarget
	if s.Targtype == pg_query.GrantTargetType_ACL_TARGET_ALL_IN_SCHEMA {
		for _, sch := range strList(s.Objects) {
			if p.st.schemas[sch] == nil {
				return nil, fmt.Errorf("schema %s does not exist", schema.QuoteIdent(sch))
			}
			switch s.Objtype {
			case pg_query.ObjectType_OBJECT_TABLE:
				for q, kind := range p.st.rels {
					if q.Schema != sch || kind != relTable {
						continue
					}
					if t := p.st.tables[q]; t != nil {
						out = append(out, tableTarget(t.t))
					}
				}
				out = append(out, p.relationTargetsInSchema(sch)...)
			case pg_query.ObjectType_OBJECT_SEQUENCE:
				for q, seq := range p.st.seqs {
					if q.Schema == sch {
						out = append(out, sequenceTarget(seq))
					}
				}
			default:
				t, err := p.routineTargetsInSchema(s.Objtype, sch)
				if t == nil || err != nil {
					return nil, err
				}
				out = append(out, t...)
			}
		}
		if out == nil {
			out = []aclTarget{} // nothing to change, but handled
		}
		return out, nil
	}
	switch s.Objtype {
	case pg_query.ObjectType_OBJECT_SCHEMA:
		for _, name := range strList(s.Objects) {
			sc := p.st.schemas[name]
			if sc == nil {
				return nil, fmt.Errorf("schema %s does not exist", schema.QuoteIdent(name))
			}
			out = append(out, aclTarget{kind: schema.ACLSchema, name: name, display: schema.QuoteIdent(name),
				grants: &sc.Grants, revokes: &sc.Revokes})
		}
	case pg_query.ObjectType_OBJECT_TABLE, pg_query.ObjectType_OBJECT_SEQUENCE:
		for _, n := range s.Objects {
			rv := n.GetRangeVar()
			q, ok := p.st.lookupRel(rv.GetSchemaname(), rv.GetRelname())
			if !ok {
				return nil, fmt.Errorf("relation %s does not exist", rvName(rv))
			}
			switch p.st.rels[q] {
			case relTable:
				if s.Objtype == pg_query.ObjectType_OBJECT_SEQUENCE {
					return nil, fmt.Errorf("%s is not a sequence", q)
				}
				out = append(out, tableTarget(p.st.tables[q].t))
			case relSequence:
				seq := p.st.seqs[q]
				if seq == nil {
					return nil, nil // an identity sequence: part of its column
				}
				out = append(out, sequenceTarget(seq))
			default:
				t, ok := p.relationTarget(q)
				if !ok {
					return nil, nil
				}
				if s.Objtype == pg_query.ObjectType_OBJECT_SEQUENCE {
					return nil, fmt.Errorf("%s is not a sequence", q)
				}
				out = append(out, t)
			}
		}
	default:
		return p.otherGrantTargets(s)
	}
	return out, nil
}

func tableTarget(t *schema.Table) aclTarget {
	return aclTarget{kind: schema.ACLTable, display: t.QName().String(), grants: &t.Grants, table: t}
}

func sequenceTarget(s *schema.Sequence) aclTarget {
	return aclTarget{kind: schema.ACLSequence, display: s.QName().String(), grants: &s.Grants}
}

// relationTarget resolves a relation that is neither a table nor a
// sequence: a view or materialized view. ok is false for relations whose
// privileges the model does not hold (foreign tables, identity sequences).
func (p *parser) relationTarget(q qname) (aclTarget, bool) {
	if vi := p.st.views[q]; vi != nil {
		return viewTarget(vi.v), true
	}
	if p.st.fdw != nil {
		if ft := p.st.fdw.tables[q]; ft != nil {
			return foreignTableTarget(ft), true
		}
	}
	return aclTarget{}, false
}

func foreignTableTarget(ft *schema.ForeignTable) aclTarget {
	return aclTarget{kind: schema.ACLTable, display: ft.QName().String(), grants: &ft.Grants, ftable: ft}
}

func viewTarget(v *schema.View) aclTarget {
	return aclTarget{kind: schema.ACLTable, display: v.QName().String(), grants: &v.Grants, view: v}
}

// relationTargetsInSchema returns the relations other than tables that
// GRANT ... ON ALL TABLES IN SCHEMA sch changes: views and materialized
// views.
func (p *parser) relationTargetsInSchema(sch string) []aclTarget {
	var out []aclTarget
	for q, vi := range p.st.views {
		if q.Schema == sch {
			out = append(out, viewTarget(vi.v))
		}
	}
	if p.st.fdw != nil {
		for q, ft := range p.st.fdw.tables {
			if q.Schema == sch {
				out = append(out, foreignTableTarget(ft))
			}
		}
	}
	return out
}

func functionTarget(f *schema.Function) aclTarget {
	return aclTarget{kind: schema.ACLFunction, display: f.Signature(), grants: &f.Grants, revokes: &f.Revokes}
}

// routineTargetsInSchema returns what GRANT ... ON ALL FUNCTIONS (every
// routine but procedures), ALL PROCEDURES or ALL ROUTINES IN SCHEMA sch
// changes.
func (p *parser) routineTargetsInSchema(objtype pg_query.ObjectType, sch string) ([]aclTarget, error) {
	switch objtype {
	case pg_query.ObjectType_OBJECT_FUNCTION, pg_query.ObjectType_OBJECT_PROCEDURE, pg_query.ObjectType_OBJECT_ROUTINE:
	default:
		return nil, nil
	}
	out := []aclTarget{}
	for _, f := range p.st.funcs {
		if f.Schema == sch && routineMatches(f, objtype) {
			out = append(out, functionTarget(f))
		}
	}
	return out, nil
}

// otherGrantTargets resolves functions, procedures, types and domains;
// nil, nil for kinds without privileges in the model (databases,
// languages, large objects, tablespaces, foreign-data wrappers and
// servers, parameters).
func (p *parser) otherGrantTargets(s *pg_query.GrantStmt) ([]aclTarget, error) {
	var out []aclTarget
	switch s.Objtype {
	case pg_query.ObjectType_OBJECT_FUNCTION, pg_query.ObjectType_OBJECT_PROCEDURE, pg_query.ObjectType_OBJECT_ROUTINE:
		for _, n := range s.Objects {
			ow := n.GetObjectWithArgs()
			if ow == nil {
				return nil, fmt.Errorf("%s: function name expected", objectTypeWord(s.Objtype))
			}
			f, err := p.st.lookupFunction(ow, s.Objtype, false)
			if err != nil {
				return nil, err
			}
			out = append(out, functionTarget(f))
		}
	case pg_query.ObjectType_OBJECT_TYPE, pg_query.ObjectType_OBJECT_DOMAIN:
		for _, n := range s.Objects {
			sch, name := splitName(n.GetList().GetItems())
			q, ok := p.st.lookupType(sch, name)
			if !ok {
				return nil, fmt.Errorf("type %s does not exist", displayName(sch, name))
			}
			t, ok := p.typeTarget(q)
			if !ok {
				return nil, nil
			}
			if s.Objtype == pg_query.ObjectType_OBJECT_DOMAIN && (p.st.udt == nil || p.st.udt.domains[q] == nil) {
				return nil, fmt.Errorf("%s is not a domain", q)
			}
			out = append(out, t)
		}
	case pg_query.ObjectType_OBJECT_FDW, pg_query.ObjectType_OBJECT_FOREIGN_SERVER:
		out = []aclTarget{}
		for _, name := range strList(s.Objects) {
			t, err := p.foreignTarget(s.Objtype, name)
			if err != nil {
				return nil, err
			}
			if t.grants != nil {
				out = append(out, t)
			}
		}
	default:
		return nil, nil
	}
	return out, nil
}

// foreignTarget finds foreign-data wrapper or server name. A wrapper that
// belongs to an extension (file_fdw, postgres_fdw) gives a target without
// privilege lists: privileges of extension objects are not modeled.
func (p *parser) foreignTarget(objtype pg_query.ObjectType, name string) (aclTarget, error) {
	f := p.st.fdw
	if objtype == pg_query.ObjectType_OBJECT_FDW {
		if f != nil && f.wrappers[name] != nil {
			w := f.wrappers[name]
			return aclTarget{kind: schema.ACLForeignDataWrapper, display: schema.QuoteIdent(name), grants: &w.Grants}, nil
		}
		if f != nil && f.builtin[name] {
			return aclTarget{}, nil
		}
		return aclTarget{}, fmt.Errorf("foreign-data wrapper %s does not exist", schema.QuoteIdent(name))
	}
	if f != nil && f.servers[name] != nil {
		sv := f.servers[name]
		return aclTarget{kind: schema.ACLForeignServer, display: schema.QuoteIdent(name), grants: &sv.Grants}, nil
	}
	return aclTarget{}, fmt.Errorf("server %s does not exist", schema.QuoteIdent(name))
}

// typeTarget finds the enum, domain, composite or range type q; ok is
// false for other types (a table's row type, ...).
func (p *parser) typeTarget(q qname) (aclTarget, bool) {
	t := aclTarget{kind: schema.ACLType, display: q.String()}
	if e := p.st.enums[q]; e != nil {
		t.grants, t.revokes = &e.Grants, &e.Revokes
		return t, true
	}
	if u := p.st.udt; u != nil {
		if d := u.domains[q]; d != nil {
			t.grants, t.revokes = &d.Grants, &d.Revokes
			return t, true
		}
		if c := u.composites[q]; c != nil {
			t.grants, t.revokes = &c.Grants, &c.Revokes
			return t, true
		}
		if r := u.ranges[q]; r != nil {
			t.grants, t.revokes = &r.Grants, &r.Revokes
			return t, true
		}
	}
	return aclTarget{}, false
}

// grantRoleKind is the kind of a GRANT role TO role or REVOKE role FROM
// role statement, which is skipped: role membership is not schema.
func grantRoleKind(s *pg_query.GrantRoleStmt) string {
	if s.IsGrant {
		return "GRANT role"
	}
	return "REVOKE role"
}
