package ddl

import (
	"fmt"
	"slices"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// foreignState holds the foreign-data wrappers, servers and foreign
// tables declared so far.
type foreignState struct {
	wrappers map[string]*schema.ForeignDataWrapper
	servers  map[string]*schema.ForeignServer
	tables   map[qname]*schema.ForeignTable
	mappings map[[2]string]*schema.UserMapping // by server and user
	// builtin are the wrappers extensions created (not modeled, but
	// servers may use them).
	builtin map[string]bool
}

// fs returns the foreign state, creating it on first use.
func (st *state) fs() *foreignState {
	if st.fdw == nil {
		st.fdw = &foreignState{
			wrappers: map[string]*schema.ForeignDataWrapper{},
			servers:  map[string]*schema.ForeignServer{},
			tables:   map[qname]*schema.ForeignTable{},
			mappings: map[[2]string]*schema.UserMapping{},
			builtin:  map[string]bool{},
		}
	}
	return st.fdw
}

// addTo appends the foreign objects of f to db; f may be nil.
func (f *foreignState) addTo(db *schema.Database) {
	if f == nil {
		return
	}
	for _, w := range f.wrappers {
		db.ForeignDataWrappers = append(db.ForeignDataWrappers, w)
	}
	for _, s := range f.servers {
		db.ForeignServers = append(db.ForeignServers, s)
	}
	for _, t := range f.tables {
		db.ForeignTables = append(db.ForeignTables, t)
	}
	for _, m := range f.mappings {
		db.UserMappings = append(db.UserMappings, m)
	}
}

// extensionWrappers are the foreign-data wrappers that CREATE EXTENSION
// of these contrib extensions creates.
var extensionWrappers = map[string]string{"file_fdw": "file_fdw", "postgres_fdw": "postgres_fdw"}

// wrapperExists reports whether a wrapper called name exists: declared, or
// created by an extension of the model.
func (p *parser) wrapperExists(name string) bool {
	if p.st.fdw != nil && p.st.fdw.wrappers[name] != nil {
		return true
	}
	for ext, w := range extensionWrappers {
		if w == name && p.st.exts[ext] != nil {
			return true
		}
	}
	return false
}

// foreign applies CREATE / ALTER FOREIGN DATA WRAPPER, CREATE / ALTER
// SERVER and CREATE FOREIGN TABLE.
func (p *parser) foreign(n *pg_query.Node, start int) error {
	f := p.st.fs()
	switch x := n.GetNode().(type) {
	case *pg_query.Node_CreateFdwStmt:
		s := x.CreateFdwStmt
		if f.wrappers[s.Fdwname] != nil || p.wrapperExists(s.Fdwname) {
			return fmt.Errorf("foreign-data wrapper %s already exists", schema.QuoteIdent(s.Fdwname))
		}
		w := &schema.ForeignDataWrapper{Name: s.Fdwname}
		if err := p.fdwFunctions(w, s.FuncOptions); err != nil {
			return err
		}
		opts, err := applyOptions(nil, s.Options, false)
		if err != nil {
			return fmt.Errorf("foreign-data wrapper %s: %w", schema.QuoteIdent(s.Fdwname), err)
		}
		w.Options = opts
		f.wrappers[s.Fdwname] = w
	case *pg_query.Node_AlterFdwStmt:
		s := x.AlterFdwStmt
		w := f.wrappers[s.Fdwname]
		if w == nil {
			if p.wrapperExists(s.Fdwname) {
				return p.unsupported(start, "ALTER FOREIGN DATA WRAPPER", schema.QuoteIdent(s.Fdwname), "of a wrapper an extension created")
			}
			return fmt.Errorf("foreign-data wrapper %s does not exist", schema.QuoteIdent(s.Fdwname))
		}
		if err := p.fdwFunctions(w, s.FuncOptions); err != nil {
			return err
		}
		opts, err := applyOptions(w.Options, s.Options, true)
		if err != nil {
			return fmt.Errorf("foreign-data wrapper %s: %w", schema.QuoteIdent(s.Fdwname), err)
		}
		w.Options = opts
	case *pg_query.Node_CreateForeignServerStmt:
		s := x.CreateForeignServerStmt
		if f.servers[s.Servername] != nil {
			if s.IfNotExists {
				return nil
			}
			return fmt.Errorf("server %s already exists", schema.QuoteIdent(s.Servername))
		}
		if !p.wrapperExists(s.Fdwname) {
			return fmt.Errorf("foreign-data wrapper %s does not exist", schema.QuoteIdent(s.Fdwname))
		}
		srv := &schema.ForeignServer{Name: s.Servername, Wrapper: s.Fdwname, Type: s.Servertype, Version: s.Version}
		opts, err := applyOptions(nil, s.Options, false)
		if err != nil {
			return fmt.Errorf("server %s: %w", schema.QuoteIdent(s.Servername), err)
		}
		srv.Options = opts
		f.servers[s.Servername] = srv
	case *pg_query.Node_AlterForeignServerStmt:
		s := x.AlterForeignServerStmt
		srv := f.servers[s.Servername]
		if srv == nil {
			return fmt.Errorf("server %s does not exist", schema.QuoteIdent(s.Servername))
		}
		if s.HasVersion {
			srv.Version = s.Version
		}
		opts, err := applyOptions(srv.Options, s.Options, true)
		if err != nil {
			return fmt.Errorf("server %s: %w", schema.QuoteIdent(s.Servername), err)
		}
		srv.Options = opts
	case *pg_query.Node_CreateForeignTableStmt:
		return p.createForeignTable(x.CreateForeignTableStmt, start)
	case *pg_query.Node_CreateUserMappingStmt:
		s := x.CreateUserMappingStmt
		key := [2]string{s.Servername, mappingUser(s.User, p.st.user)}
		if f.servers[s.Servername] == nil {
			return fmt.Errorf("server %s does not exist", schema.QuoteIdent(s.Servername))
		}
		if f.mappings[key] != nil {
			if s.IfNotExists {
				return nil
			}
			return fmt.Errorf("user mapping for %s already exists for server %s", key[1], schema.QuoteIdent(s.Servername))
		}
		opts, err := applyOptions(nil, s.Options, false)
		if err != nil {
			return fmt.Errorf("user mapping for %s on server %s: %w", key[1], schema.QuoteIdent(s.Servername), err)
		}
		f.mappings[key] = &schema.UserMapping{Server: key[0], User: key[1], Options: opts}
	case *pg_query.Node_AlterUserMappingStmt:
		s := x.AlterUserMappingStmt
		key := [2]string{s.Servername, mappingUser(s.User, p.st.user)}
		m := f.mappings[key]
		if m == nil {
			return fmt.Errorf("user mapping for %s does not exist for server %s", key[1], schema.QuoteIdent(s.Servername))
		}
		opts, err := applyOptions(m.Options, s.Options, true)
		if err != nil {
			return fmt.Errorf("user mapping for %s on server %s: %w", key[1], schema.QuoteIdent(s.Servername), err)
		}
		m.Options = opts
	case *pg_query.Node_DropUserMappingStmt:
		s := x.DropUserMappingStmt
		key := [2]string{s.Servername, mappingUser(s.User, p.st.user)}
		if f.mappings[key] == nil {
			if s.MissingOk {
				return nil
			}
			return fmt.Errorf("user mapping for %s does not exist for server %s", key[1], schema.QuoteIdent(s.Servername))
		}
		delete(f.mappings, key)
	}
	return nil
}

// mappingUser names the role of a user mapping: "PUBLIC", or the role's
// name (CURRENT_USER and the like are user, the role that runs the
// files).
func mappingUser(r *pg_query.RoleSpec, user string) string {
	switch r.GetRoletype() {
	case pg_query.RoleSpecType_ROLESPEC_PUBLIC:
		return "PUBLIC"
	case pg_query.RoleSpecType_ROLESPEC_CSTRING:
		return r.Rolename
	}
	return user
}

// fdwFunctions applies HANDLER / NO HANDLER and VALIDATOR / NO VALIDATOR.
func (p *parser) fdwFunctions(w *schema.ForeignDataWrapper, opts []*pg_query.Node) error {
	for _, n := range opts {
		d := n.GetDefElem()
		if d == nil {
			continue
		}
		name := ""
		if d.Arg != nil {
			sch, fn := splitName(d.Arg.GetList().GetItems())
			q, err := p.functionName(sch, fn)
			if err != nil {
				return fmt.Errorf("foreign-data wrapper %s: %s: %w", schema.QuoteIdent(w.Name), d.Defname, err)
			}
			name = q
		}
		switch d.Defname {
		case "handler":
			w.Handler = name
		case "validator":
			w.Validator = name
		default:
			return fmt.Errorf("foreign-data wrapper %s: unknown option %s", schema.QuoteIdent(w.Name), d.Defname)
		}
	}
	return nil
}

// functionName qualifies the name of an existing function of the model
// the way search_path finds it; a function of pg_catalog or of an
// extension is named as written, qualified when it was.
func (p *parser) functionName(sch, name string) (string, error) {
	if sch != "" {
		return schema.QName{Schema: sch, Name: name}.String(), nil
	}
	for _, s := range p.st.path() {
		for _, f := range p.st.funcs {
			if f.Schema == s && f.Name == name {
				return schema.QName{Schema: s, Name: name}.String(), nil
			}
		}
	}
	return "", fmt.Errorf("function %s does not exist in the schema: qualify it, or declare it before", schema.QuoteIdent(name))
}

// applyOptions applies OPTIONS (...) to opts ("name=value" strings): on
// CREATE every option is added; on ALTER, ADD (the default), SET and DROP.
func applyOptions(opts []string, defs []*pg_query.Node, alter bool) ([]string, error) {
	out := slices.Clone(opts)
	find := func(name string) int {
		return slices.IndexFunc(out, func(o string) bool { n, _, _ := strings.Cut(o, "="); return n == name })
	}
	for _, n := range defs {
		d := n.GetDefElem()
		if d == nil {
			continue
		}
		value := defWord(d.Arg)
		i := find(d.Defname)
		action := d.Defaction
		if !alter {
			action = pg_query.DefElemAction_DEFELEM_ADD
		}
		switch action {
		case pg_query.DefElemAction_DEFELEM_UNSPEC, pg_query.DefElemAction_DEFELEM_ADD:
			if i >= 0 {
				return nil, fmt.Errorf("option %q provided more than once", d.Defname)
			}
			out = append(out, d.Defname+"="+value)
		case pg_query.DefElemAction_DEFELEM_SET:
			if i < 0 {
				return nil, fmt.Errorf("option %q not found", d.Defname)
			}
			out[i] = d.Defname + "=" + value
		case pg_query.DefElemAction_DEFELEM_DROP:
			if i < 0 {
				return nil, fmt.Errorf("option %q not found", d.Defname)
			}
			out = slices.Delete(out, i, i+1)
		}
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// createForeignTable applies CREATE FOREIGN TABLE [IF NOT EXISTS] with
// columns (type, NOT NULL, DEFAULT, COLLATE, OPTIONS), SERVER and OPTIONS.
func (p *parser) createForeignTable(s *pg_query.CreateForeignTableStmt, start int) error {
	base := s.BaseStmt
	rv := base.Relation
	q, err := p.st.createName(rv.Schemaname, rv.Relname)
	if err != nil {
		return err
	}
	if len(base.InhRelations) > 0 || base.Partbound != nil {
		return p.unsupported(start, "CREATE FOREIGN TABLE", q.String(), "foreign tables that are partitions or inherit are not modeled")
	}
	if p.st.rels[q] != 0 {
		if base.IfNotExists {
			return nil
		}
		return fmt.Errorf("relation %s already exists", q)
	}
	f := p.st.fs()
	if f.servers[s.Servername] == nil {
		return fmt.Errorf("server %s does not exist", schema.QuoteIdent(s.Servername))
	}
	ft := &schema.ForeignTable{Schema: q.Schema, Name: q.Name, Server: s.Servername}
	tb := &table{t: &schema.Table{Schema: q.Schema, Name: q.Name}, checks: map[string]*conInfo{}}
	var pend pending
	for _, n := range base.TableElts {
		cd := n.GetColumnDef()
		if cd == nil {
			return p.unsupported(start, "CREATE FOREIGN TABLE", q.String(), "constraints of foreign tables are not modeled")
		}
		if err := p.foreignColumnDef(tb, cd, &pend); err != nil {
			return err
		}
	}
	if len(pend.checks)+len(pend.idx)+len(pend.fks) > 0 {
		return p.unsupported(start, "CREATE FOREIGN TABLE", q.String(), "constraints of foreign tables are not modeled")
	}
	if err := p.columnExprs(tb, &pend); err != nil {
		return err
	}
	for i, c := range tb.t.Columns {
		opts, err := applyOptions(nil, base.TableElts[i].GetColumnDef().Fdwoptions, false)
		if err != nil {
			return fmt.Errorf("column %s: %w", schema.QuoteIdent(c.Name), err)
		}
		ft.Columns = append(ft.Columns, &schema.ForeignColumn{Name: c.Name, Type: c.Type, NotNull: c.NotNull,
			Default: c.Default, Collation: c.Collation, Options: opts})
	}
	if ft.Options, err = applyOptions(nil, s.Options, false); err != nil {
		return fmt.Errorf("foreign table %s: %w", q, err)
	}
	if err := p.st.addRel(q, relOther); err != nil {
		return err
	}
	p.st.types[q] = true // its row type
	f.tables[q] = ft
	return nil
}

// foreignColumnDef applies one column definition of a foreign table.
func (p *parser) foreignColumnDef(tb *table, cd *pg_query.ColumnDef, pend *pending) error {
	for _, n := range cd.Constraints {
		switch n.GetConstraint().GetContype() {
		case pg_query.ConstrType_CONSTR_IDENTITY, pg_query.ConstrType_CONSTR_GENERATED:
			return fmt.Errorf("column %s: identity and generated columns of foreign tables are not modeled", schema.QuoteIdent(cd.Colname))
		}
	}
	if tb.t.Column(cd.Colname) != nil {
		return fmt.Errorf("column %s specified more than once", schema.QuoteIdent(cd.Colname))
	}
	if err := p.columnDef(tb, cd, pend); err != nil {
		return err
	}
	if c := tb.t.Column(cd.Colname); c != nil && (c.Storage != "" || c.Compression != "") {
		c.Storage, c.Compression = "", ""
	}
	return nil
}

// alterForeignTable applies ALTER FOREIGN TABLE: OPTIONS, ADD / DROP
// COLUMN, ALTER COLUMN ... OPTIONS / SET / DROP DEFAULT / NOT NULL.
func (p *parser) alterForeignTable(s *pg_query.AlterTableStmt, start int) error {
	rv := s.Relation
	q, ok := p.st.lookupRel(rv.Schemaname, rv.Relname)
	var ft *schema.ForeignTable
	if ok && p.st.fdw != nil {
		ft = p.st.fdw.tables[q]
	}
	if ft == nil {
		if s.MissingOk && !ok {
			return nil
		}
		return fmt.Errorf("foreign table %s does not exist", displayName(rv.Schemaname, rv.Relname))
	}
	for _, n := range s.Cmds {
		c := n.GetAlterTableCmd()
		col := func() (*schema.ForeignColumn, error) {
			fc := ft.Column(c.Name)
			if fc == nil {
				return nil, fmt.Errorf("column %s of relation %s does not exist", schema.QuoteIdent(c.Name), q)
			}
			return fc, nil
		}
		switch c.Subtype {
		case pg_query.AlterTableType_AT_ChangeOwner:
			p.skip(start, "ALTER FOREIGN TABLE OWNER TO")
		case pg_query.AlterTableType_AT_GenericOptions:
			opts, err := applyOptions(ft.Options, c.Def.GetList().GetItems(), true)
			if err != nil {
				return fmt.Errorf("foreign table %s: %w", q, err)
			}
			ft.Options = opts
		case pg_query.AlterTableType_AT_AlterColumnGenericOptions:
			fc, err := col()
			if err != nil {
				return err
			}
			if fc.Options, err = applyOptions(fc.Options, c.Def.GetList().GetItems(), true); err != nil {
				return fmt.Errorf("column %s: %w", schema.QuoteIdent(fc.Name), err)
			}
		case pg_query.AlterTableType_AT_SetNotNull, pg_query.AlterTableType_AT_DropNotNull:
			fc, err := col()
			if err != nil {
				return err
			}
			fc.NotNull = c.Subtype == pg_query.AlterTableType_AT_SetNotNull
		case pg_query.AlterTableType_AT_ColumnDefault:
			fc, err := col()
			if err != nil {
				return err
			}
			fc.Default = ""
			if c.Def != nil {
				t := &schema.Table{Schema: q.Schema, Name: q.Name}
				d, err := newConv(t, p.st).columnDefault(c.Def, fc.Type)
				if err != nil {
					return fmt.Errorf("column %s: %w", schema.QuoteIdent(fc.Name), err)
				}
				fc.Default = d
			}
		case pg_query.AlterTableType_AT_DropColumn:
			i := slices.IndexFunc(ft.Columns, func(fc *schema.ForeignColumn) bool { return fc.Name == c.Name })
			if i < 0 {
				if c.MissingOk {
					continue
				}
				return fmt.Errorf("column %s of relation %s does not exist", schema.QuoteIdent(c.Name), q)
			}
			ft.Columns = slices.Delete(ft.Columns, i, i+1)
		case pg_query.AlterTableType_AT_AddColumn:
			cd := c.Def.GetColumnDef()
			tb := &table{t: &schema.Table{Schema: q.Schema, Name: q.Name}, checks: map[string]*conInfo{}}
			for _, fc := range ft.Columns {
				tb.t.Columns = append(tb.t.Columns, &schema.Column{Name: fc.Name, Type: fc.Type})
			}
			var pend pending
			if err := p.foreignColumnDef(tb, cd, &pend); err != nil {
				return err
			}
			if len(pend.checks)+len(pend.idx)+len(pend.fks) > 0 {
				return p.unsupported(start, "ALTER FOREIGN TABLE", q.String(), "constraints of foreign tables are not modeled")
			}
			if err := p.columnExprs(tb, &pend); err != nil {
				return err
			}
			nc := tb.t.Columns[len(tb.t.Columns)-1]
			opts, err := applyOptions(nil, cd.Fdwoptions, false)
			if err != nil {
				return fmt.Errorf("column %s: %w", schema.QuoteIdent(nc.Name), err)
			}
			ft.Columns = append(ft.Columns, &schema.ForeignColumn{Name: nc.Name, Type: nc.Type, NotNull: nc.NotNull,
				Default: nc.Default, Collation: nc.Collation, Options: opts})
		default:
			return p.unsupported(start, "ALTER FOREIGN TABLE", q.String(), "this subcommand on a foreign table is not modeled")
		}
	}
	return nil
}

// foreignComment applies COMMENT ON FOREIGN DATA WRAPPER, SERVER, FOREIGN
// TABLE and COLUMN of a foreign table; ok is false for other comments.
func (p *parser) foreignComment(s *pg_query.CommentStmt) (ok bool, err error) {
	f := p.st.fdw
	switch s.Objtype {
	case pg_query.ObjectType_OBJECT_FDW:
		name := strVal(s.Object)
		if f == nil || f.wrappers[name] == nil {
			return true, fmt.Errorf("foreign-data wrapper %s does not exist", schema.QuoteIdent(name))
		}
		f.wrappers[name].Comment = s.Comment
	case pg_query.ObjectType_OBJECT_FOREIGN_SERVER:
		name := strVal(s.Object)
		if f == nil || f.servers[name] == nil {
			return true, fmt.Errorf("server %s does not exist", schema.QuoteIdent(name))
		}
		f.servers[name].Comment = s.Comment
	case pg_query.ObjectType_OBJECT_FOREIGN_TABLE:
		sch, name := splitName(s.Object.GetList().GetItems())
		q, found := p.st.lookupRel(sch, name)
		if !found || f == nil || f.tables[q] == nil {
			return true, fmt.Errorf("foreign table %s does not exist", displayName(sch, name))
		}
		f.tables[q].Comment = s.Comment
	case pg_query.ObjectType_OBJECT_COLUMN:
		if f == nil {
			return false, nil
		}
		items := s.Object.GetList().GetItems()
		if len(items) < 2 {
			return false, nil
		}
		sch, name := splitName(items[:len(items)-1])
		q, found := p.st.lookupRel(sch, name)
		if !found || f.tables[q] == nil {
			return false, nil
		}
		colName := strVal(items[len(items)-1])
		c := f.tables[q].Column(colName)
		if c == nil {
			return true, fmt.Errorf("column %s of relation %s does not exist", schema.QuoteIdent(colName), q)
		}
		c.Comment = s.Comment
	default:
		return false, nil
	}
	return true, nil
}

// dropForeign applies DROP FOREIGN DATA WRAPPER, SERVER and FOREIGN TABLE
// of one object; ok is false for other kinds.
func (p *parser) dropForeign(kind pg_query.ObjectType, o *pg_query.Node, missingOk, cascade bool) (ok bool, err error) {
	f := p.st.fs()
	switch kind {
	case pg_query.ObjectType_OBJECT_FDW:
		name := strVal(o)
		if f.wrappers[name] == nil {
			if !missingOk {
				return true, fmt.Errorf("foreign-data wrapper %s does not exist", schema.QuoteIdent(name))
			}
			return true, nil
		}
		for _, s := range f.servers {
			if s.Wrapper == name {
				if !cascade {
					return true, fmt.Errorf("cannot drop foreign-data wrapper %s because server %s depends on it", schema.QuoteIdent(name), schema.QuoteIdent(s.Name))
				}
				p.dropServer(s.Name)
			}
		}
		delete(f.wrappers, name)
	case pg_query.ObjectType_OBJECT_FOREIGN_SERVER:
		name := strVal(o)
		if f.servers[name] == nil {
			if !missingOk {
				return true, fmt.Errorf("server %s does not exist", schema.QuoteIdent(name))
			}
			return true, nil
		}
		if !cascade {
			for _, t := range f.tables {
				if t.Server == name {
					return true, fmt.Errorf("cannot drop server %s because foreign table %s depends on it", schema.QuoteIdent(name), t.QName())
				}
			}
			for k := range f.mappings {
				if k[0] == name {
					return true, fmt.Errorf("cannot drop server %s because user mapping for %s depends on it", schema.QuoteIdent(name), k[1])
				}
			}
		}
		p.dropServer(name)
	case pg_query.ObjectType_OBJECT_FOREIGN_TABLE:
		sch, name := splitName(o.GetList().GetItems())
		q, found := p.st.lookupRel(sch, name)
		if !found || f.tables[q] == nil {
			if !missingOk {
				return true, fmt.Errorf("foreign table %s does not exist", displayName(sch, name))
			}
			return true, nil
		}
		p.forgetForeignTable(q)
	default:
		return false, nil
	}
	return true, nil
}

// dropServer drops a server and its foreign tables.
func (p *parser) dropServer(name string) {
	f := p.st.fs()
	for q, t := range f.tables {
		if t.Server == name {
			p.forgetForeignTable(q)
		}
	}
	for k := range f.mappings {
		if k[0] == name {
			delete(f.mappings, k)
		}
	}
	delete(f.servers, name)
}

func (p *parser) forgetForeignTable(q qname) {
	delete(p.st.fdw.tables, q)
	delete(p.st.rels, q)
	delete(p.st.types, q)
}
