package inspect

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/schema"
)

// grantRows are the rows of the grants query, kept until every object
// they belong to is in the model (see attachGrants).
type grantRows struct {
	major int
	rows  []grantRow
}

// grantRow is one row of the grants query.
type grantRow struct {
	kind, schema, name string
	args               []string // column name, or function identity argument types
	grantee            *string  // nil: PUBLIC
	privilege          *string  // nil: the ACL has no entry but the owner's
	grantable          bool
	init               bool // from pg_init_privs: the object's initial privileges
}

// readGrants reads the privileges of every object with an ACL of its own.
func readGrants(r *reader, cat *catalogRows) error {
	cat.grants = &grantRows{major: r.major}
	return r.each("grants", func(rows pgx.Rows) error {
		var g grantRow
		var grantable *bool
		if err := rows.Scan(&g.kind, &g.schema, &g.name, &g.args, &g.grantee, &g.privilege, &grantable, &g.init); err != nil {
			return err
		}
		g.grantable = grantable != nil && *grantable
		cat.grants.rows = append(cat.grants.rows, g)
		return nil
	})
}

// grantObject is the privilege state of one object being built from rows.
type grantObject struct {
	kind     schema.ACLKind
	name     string // for DefaultGrants
	display  string
	acl      schema.ACL
	init     schema.ACL // nil: the kind's defaults
	grants   *[]schema.Grant
	revokes  *[]schema.Grant
	isColumn bool
}

// attachGrants puts the privileges read by readGrants on the objects of
// db. Rows of objects the model does not hold (kinds not modeled) are
// left out.
func attachGrants(db *schema.Database, tables []*tableRow, gr *grantRows) error {
	if gr == nil || len(gr.rows) == 0 {
		return nil
	}
	type key struct{ kind, schema, name, args string }
	targets := map[key]*grantObject{}
	add := func(k key, o *grantObject) { targets[k] = o }
	for _, s := range db.Schemas {
		add(key{"schema", s.Name, s.Name, ""}, &grantObject{kind: schema.ACLSchema, name: s.Name,
			display: "schema " + schema.QuoteIdent(s.Name), grants: &s.Grants, revokes: &s.Revokes})
	}
	for _, s := range db.Sequences {
		add(key{"sequence", s.Schema, s.Name, ""}, &grantObject{kind: schema.ACLSequence,
			display: "sequence " + s.QName().String(), grants: &s.Grants})
	}
	for _, tr := range tables {
		t := tr.table
		add(key{"table", t.Schema, t.Name, ""}, &grantObject{kind: schema.ACLTable,
			display: "table " + t.QName().String(), grants: &t.Grants})
		for _, c := range t.Columns {
			add(key{"column", t.Schema, t.Name, c.Name}, &grantObject{kind: schema.ACLColumn, isColumn: true,
				display: "column " + t.QName().String() + "." + schema.QuoteIdent(c.Name), grants: &c.Grants})
		}
	}
	addGrantTargets(db, func(kind string, q schema.QName, args string, o *grantObject) {
		add(key{kind, q.Schema, q.Name, args}, o)
	})
	touched := map[*grantObject]bool{}
	var order []*grantObject
	for _, r := range gr.rows {
		k := key{r.kind, r.schema, r.name, strings.Join(r.args, ", ")}
		o := targets[k]
		if o == nil {
			continue
		}
		if !touched[o] {
			touched[o] = true
			order = append(order, o)
			o.acl = schema.ACL{}
		}
		acl := o.acl
		if r.init {
			if o.init == nil {
				o.init = schema.ACL{}
			}
			acl = o.init
		}
		if r.privilege == nil {
			continue
		}
		grantee := schema.Public
		if r.grantee != nil {
			grantee = *r.grantee
		}
		e := schema.ACLEntry{Grantee: grantee, Privilege: *r.privilege}
		acl[e] = acl[e] || r.grantable
	}
	for _, o := range order {
		all := schema.KindPrivileges(o.kind)
		if o.kind == schema.ACLTable && gr.major >= 17 {
			all = append(all[:len(all):len(all)], "MAINTAIN")
		}
		defaults := schema.DefaultGrants(o.kind, o.name)
		if o.init != nil {
			defaults = aclGrants(o.init)
		}
		gs, rs := o.acl.Delta(o.kind, defaults, all)
		if len(rs) > 0 && o.revokes == nil {
			return fmt.Errorf("inspect: %s lacks default privileges of its kind, which the model cannot hold", o.display)
		}
		*o.grants = gs
		if o.revokes != nil {
			*o.revokes = rs
		}
	}
	return nil
}

// aclGrants turns an ACL into a list of grants, one per privilege.
func aclGrants(acl schema.ACL) []schema.Grant {
	var out []schema.Grant
	for e, opt := range acl {
		out = append(out, schema.Grant{Grantee: e.Grantee, Privileges: []string{e.Privilege}, GrantOption: opt})
	}
	return out
}

// addGrantTargets registers the objects of kinds beyond schemas, sequences,
// tables and columns whose privileges the model holds: views and their
// columns, functions (by identity argument types) and types.
func addGrantTargets(db *schema.Database, add func(kind string, q schema.QName, args string, o *grantObject)) {
	for _, v := range db.Views {
		q := v.QName()
		add("table", q, "", &grantObject{kind: schema.ACLTable, display: "view " + q.String(), grants: &v.Grants})
		for _, c := range v.Columns {
			add("column", q, c.Name, &grantObject{kind: schema.ACLColumn, isColumn: true,
				display: "column " + q.String() + "." + schema.QuoteIdent(c.Name), grants: &c.Grants})
		}
	}
	for _, f := range db.Functions {
		add("function", f.QName(), strings.Join(f.IdentityArgs(), ", "), &grantObject{kind: schema.ACLFunction,
			display: "function " + f.Signature(), grants: &f.Grants, revokes: &f.Revokes})
	}
	typ := func(q schema.QName, grants, revokes *[]schema.Grant) {
		add("type", q, "", &grantObject{kind: schema.ACLType, display: "type " + q.String(), grants: grants, revokes: revokes})
	}
	for _, e := range db.Enums {
		typ(e.QName(), &e.Grants, &e.Revokes)
	}
	for _, d := range db.Domains {
		typ(d.QName(), &d.Grants, &d.Revokes)
	}
	for _, c := range db.CompositeTypes {
		typ(c.QName(), &c.Grants, &c.Revokes)
	}
	for _, r := range db.RangeTypes {
		typ(r.QName(), &r.Grants, &r.Revokes)
	}
	for _, t := range db.ForeignTables {
		q := t.QName()
		add("table", q, "", &grantObject{kind: schema.ACLTable, display: "foreign table " + q.String(), grants: &t.Grants})
		for _, c := range t.Columns {
			add("column", q, c.Name, &grantObject{kind: schema.ACLColumn, isColumn: true,
				display: "column " + q.String() + "." + schema.QuoteIdent(c.Name), grants: &c.Grants})
		}
	}
	for _, w := range db.ForeignDataWrappers {
		add("foreign data wrapper", schema.QName{Name: w.Name}, "", &grantObject{kind: schema.ACLForeignDataWrapper,
			display: "foreign data wrapper " + schema.QuoteIdent(w.Name), grants: &w.Grants})
	}
	for _, s := range db.ForeignServers {
		add("foreign server", schema.QName{Name: s.Name}, "", &grantObject{kind: schema.ACLForeignServer,
			display: "server " + schema.QuoteIdent(s.Name), grants: &s.Grants})
	}
}

// Roles returns the names of the roles that exist on the server conn is
// connected to (pg_roles), sorted. Roles are not part of the model; a plan
// that grants privileges checks its grantees against this list (see
// plan.Options.Roles).
func Roles(ctx context.Context, conn *pgx.Conn) ([]string, error) {
	rows, err := conn.Query(ctx, "SELECT rolname::text FROM pg_catalog.pg_roles ORDER BY 1", pgx.QueryExecModeExec)
	if err != nil {
		return nil, fmt.Errorf("inspect: reading roles: %w", err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("inspect: reading roles: %w", err)
	}
	return names, nil
}
