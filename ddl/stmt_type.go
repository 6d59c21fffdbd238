package ddl

import (
	"fmt"
	"slices"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// userTypes is the parser's state of the user-defined types other than
// enums (domains, composite and range types) and of collations, casts and
// operators.
type userTypes struct {
	domains    map[qname]*schema.Domain
	composites map[qname]*schema.CompositeType
	ranges     map[qname]*schema.RangeType
	collations map[qname]*schema.Collation
	casts      map[string]*schema.Cast     // by Cast.Key
	operators  map[string]*schema.Operator // by Operator.Signature
}

// ut returns the state's userTypes, created on first use.
func (st *state) ut() *userTypes {
	if st.udt == nil {
		st.udt = &userTypes{
			domains:    map[qname]*schema.Domain{},
			composites: map[qname]*schema.CompositeType{},
			ranges:     map[qname]*schema.RangeType{},
			collations: map[qname]*schema.Collation{},
			casts:      map[string]*schema.Cast{},
			operators:  map[string]*schema.Operator{},
		}
	}
	return st.udt
}

// addTo appends the objects of u to db; u may be nil.
func (u *userTypes) addTo(db *schema.Database) {
	if u == nil {
		return
	}
	for _, d := range u.domains {
		db.Domains = append(db.Domains, d)
	}
	for _, c := range u.composites {
		db.CompositeTypes = append(db.CompositeTypes, c)
	}
	for _, r := range u.ranges {
		db.RangeTypes = append(db.RangeTypes, r)
	}
	for _, c := range u.collations {
		db.Collations = append(db.Collations, c)
	}
	for _, c := range u.casts {
		db.Casts = append(db.Casts, c)
	}
	for _, o := range u.operators {
		db.Operators = append(db.Operators, o)
	}
}

// forgetType removes the domain, composite or range type q (a range takes
// its multirange type along); it reports whether q was one of them.
func (st *state) forgetType(q qname) bool {
	u := st.ut()
	found := false
	if u.domains[q] != nil {
		delete(u.domains, q)
		delete(st.domains, q.String())
		found = true
	}
	if u.composites[q] != nil {
		delete(u.composites, q)
		delete(st.rels, q)
		found = true
	}
	if r := u.ranges[q]; r != nil {
		delete(u.ranges, q)
		delete(st.types, r.MultirangeName())
		found = true
	}
	return found
}

// forgetSchemaObjects removes the objects of schema name (DROP SCHEMA ...
// CASCADE).
func (st *state) forgetSchemaObjects(name string) {
	u := st.ut()
	for q := range u.domains {
		if q.Schema == name {
			st.forgetType(q)
		}
	}
	for q := range u.composites {
		if q.Schema == name {
			st.forgetType(q)
		}
	}
	for q := range u.ranges {
		if q.Schema == name {
			st.forgetType(q)
		}
	}
	for q := range u.collations {
		if q.Schema == name {
			delete(u.collations, q)
		}
	}
	for k, o := range u.operators {
		if o.Schema == name {
			delete(u.operators, k)
		}
	}
	st.opclasses.forgetSchema(name)
}

// newTypeName qualifies the name of a new type and checks that neither a
// type nor a relation has it.
func (st *state) newTypeName(names []*pg_query.Node) (qname, error) {
	sch, name := splitName(names)
	q, err := st.createName(sch, name)
	if err != nil {
		return qname{}, err
	}
	if st.types[q] || st.rels[q] != 0 {
		return qname{}, fmt.Errorf("type %s already exists", q)
	}
	return q, nil
}

// createComposite applies CREATE TYPE name AS (attribute type [COLLATE c],
// ...).
func (p *parser) createComposite(s *pg_query.CompositeTypeStmt) error {
	rv := s.Typevar
	names := []*pg_query.Node{pg_query.MakeStrNode(rv.GetRelname())}
	if rv.GetSchemaname() != "" {
		names = append([]*pg_query.Node{pg_query.MakeStrNode(rv.GetSchemaname())}, names...)
	}
	q, err := p.st.newTypeName(names)
	if err != nil {
		return err
	}
	ct := &schema.CompositeType{Schema: q.Schema, Name: q.Name}
	for _, n := range s.Coldeflist {
		cd := n.GetColumnDef()
		if cd == nil {
			continue
		}
		if ct.Attribute(cd.Colname) != nil {
			return fmt.Errorf("column %s specified more than once", schema.QuoteIdent(cd.Colname))
		}
		a, err := p.attribute(cd)
		if err != nil {
			return err
		}
		ct.Attributes = append(ct.Attributes, a)
	}
	p.st.types[q] = true
	p.st.rels[q] = relOther
	p.st.ut().composites[q] = ct
	return nil
}

// attribute converts one attribute definition of a composite type.
func (p *parser) attribute(cd *pg_query.ColumnDef) (*schema.Attribute, error) {
	typ, err := canonicalType(cd.TypeName, p.st)
	if err != nil {
		return nil, fmt.Errorf("attribute %s: %w", schema.QuoteIdent(cd.Colname), err)
	}
	a := &schema.Attribute{Name: cd.Colname, Type: typ}
	if cd.CollClause != nil {
		a.Collation = p.st.collationText(cd.CollClause.Collname)
	}
	return a, nil
}

// alterComposite applies ALTER TYPE name ADD ATTRIBUTE, DROP ATTRIBUTE [IF
// EXISTS] and ALTER ATTRIBUTE ... [SET DATA] TYPE.
func (p *parser) alterComposite(s *pg_query.AlterTableStmt, start int) error {
	rv := s.Relation
	q, ok := p.st.lookupType(rv.Schemaname, rv.Relname)
	ct := p.st.ut().composites[q]
	if !ok || ct == nil {
		if ok {
			return p.unsupported(start, "ALTER TYPE", q.String(), "only attributes of composite types can be altered this way")
		}
		return fmt.Errorf("type %s does not exist", displayName(rv.Schemaname, rv.Relname))
	}
	for _, n := range s.Cmds {
		c := n.GetAlterTableCmd()
		switch c.Subtype {
		case pg_query.AlterTableType_AT_AddColumn:
			cd := c.Def.GetColumnDef()
			if ct.Attribute(cd.Colname) != nil {
				return fmt.Errorf("column %s of relation %s already exists", schema.QuoteIdent(cd.Colname), q)
			}
			a, err := p.attribute(cd)
			if err != nil {
				return err
			}
			ct.Attributes = append(ct.Attributes, a)
		case pg_query.AlterTableType_AT_DropColumn:
			if ct.Attribute(c.Name) == nil {
				if c.MissingOk {
					continue
				}
				return fmt.Errorf("column %s of relation %s does not exist", schema.QuoteIdent(c.Name), q)
			}
			ct.Attributes = slices.DeleteFunc(ct.Attributes, func(a *schema.Attribute) bool { return a.Name == c.Name })
		case pg_query.AlterTableType_AT_AlterColumnType:
			a := ct.Attribute(c.Name)
			if a == nil {
				return fmt.Errorf("column %s of relation %s does not exist", schema.QuoteIdent(c.Name), q)
			}
			cd := c.Def.GetColumnDef()
			na, err := p.attribute(&pg_query.ColumnDef{Colname: a.Name, TypeName: cd.TypeName, CollClause: cd.CollClause})
			if err != nil {
				return err
			}
			a.Type, a.Collation = na.Type, na.Collation
		case pg_query.AlterTableType_AT_ChangeOwner:
		default:
			return p.unsupported(start, "ALTER TYPE", q.String(), "only ADD, DROP and ALTER ATTRIBUTE are modeled")
		}
	}
	return nil
}

// renameAttribute applies ALTER TYPE name RENAME ATTRIBUTE a TO b.
func (p *parser) renameAttribute(s *pg_query.RenameStmt) error {
	rv := s.Relation
	q, ok := p.st.lookupType(rv.GetSchemaname(), rv.GetRelname())
	ct := p.st.ut().composites[q]
	if !ok || ct == nil {
		return fmt.Errorf("composite type %s does not exist", displayName(rv.GetSchemaname(), rv.GetRelname()))
	}
	a := ct.Attribute(s.Subname)
	if a == nil {
		return fmt.Errorf("column %s of relation %s does not exist", schema.QuoteIdent(s.Subname), q)
	}
	if ct.Attribute(s.Newname) != nil {
		return fmt.Errorf("column %s of relation %s already exists", schema.QuoteIdent(s.Newname), q)
	}
	a.Name = s.Newname
	return nil
}

// createRange applies CREATE TYPE name AS RANGE (...).
func (p *parser) createRange(s *pg_query.CreateRangeStmt) error {
	q, err := p.st.newTypeName(s.TypeName)
	if err != nil {
		return err
	}
	r := &schema.RangeType{Schema: q.Schema, Name: q.Name}
	for _, n := range s.Params {
		d := n.GetDefElem()
		if d == nil {
			continue
		}
		tn := d.Arg.GetTypeName()
		var names []*pg_query.Node
		if tn != nil {
			names = tn.Names
		} else if l := d.Arg.GetList(); l != nil {
			names = l.Items
		}
		switch strings.ToLower(d.Defname) {
		case "subtype":
			if r.Subtype, err = canonicalType(tn, p.st); err != nil {
				return fmt.Errorf("range subtype: %w", err)
			}
		case "subtype_opclass":
			sch, name := splitName(names)
			r.SubtypeOpClass = qualifiedUnlessCatalog(sch, name)
		case "collation":
			r.Collation = p.st.collationText(names)
		case "canonical":
			sch, name := splitName(names)
			r.Canonical = p.st.functionName(sch, name)
		case "subtype_diff":
			sch, name := splitName(names)
			r.SubtypeDiff = p.st.functionName(sch, name)
		case "multirange_type_name":
			sch, name := splitName(names)
			mq, err := p.st.createName(sch, name)
			if err != nil {
				return err
			}
			r.Multirange = &mq
		default:
			return fmt.Errorf("type attribute %q not recognized", d.Defname)
		}
	}
	if r.Subtype == "" {
		return fmt.Errorf("type attribute \"subtype\" is required")
	}
	mq := r.MultirangeName()
	if p.st.types[mq] || p.st.rels[mq] != 0 {
		return fmt.Errorf("type %s already exists; name the multirange type with multirange_type_name", mq)
	}
	p.st.types[q] = true
	p.st.types[mq] = true
	p.st.ut().ranges[q] = r
	return nil
}

// qualifiedUnlessCatalog spells sch.name for the model: unqualified when
// sch is empty or pg_catalog, qualified otherwise.
func qualifiedUnlessCatalog(sch, name string) string {
	if sch == "" || sch == "pg_catalog" {
		return schema.QuoteIdent(name)
	}
	return schema.QName{Schema: sch, Name: name}.String()
}

// functionName spells the name of a function referred to without its
// arguments (a range's subtype_diff, an operator's RESTRICT) as the model
// does: always schema-qualified (see functionQName).
func (st *state) functionName(sch, name string) string {
	return st.functionQName(sch, name).String()
}

// functionQName resolves the schema of a function name: the given schema,
// pg_catalog for a built-in function, the schema search_path finds it in,
// or else the creation schema (the function may be one the parser does not
// model).
func (st *state) functionQName(sch, name string) qname {
	switch {
	case sch != "":
	case isCatalogFunction(name):
		sch = "pg_catalog"
	default:
		if sch = st.functionSchema(name); sch == "" {
			sch = st.creationSchema()
		}
	}
	return qname{Schema: sch, Name: name}
}

// functionSignature spells a function with its argument types as
// schema.Function.Signature does: "public.f(integer, text)", always
// schema-qualified.
func (st *state) functionSignature(o *pg_query.ObjectWithArgs, argTypes []string) (string, error) {
	sch, name := splitName(o.Objname)
	if !o.ArgsUnspecified {
		argTypes = argTypes[:0:0]
		for _, a := range o.Objargs {
			t, err := canonicalType(a.GetTypeName(), st)
			if err != nil {
				return "", err
			}
			argTypes = append(argTypes, t)
		}
	}
	return signature(st.functionQName(sch, name), argTypes), nil
}

// signature joins a function's name and argument types.
func signature(q qname, argTypes []string) string {
	return q.String() + "(" + strings.Join(argTypes, ", ") + ")"
}

// collationText spells a collation the way the model stores it (see
// collationText), resolving an unqualified name of a collation created by
// CREATE COLLATION through search_path.
func (st *state) collationText(names []*pg_query.Node) string {
	sch, name := splitName(names)
	if sch == "" && st.udt != nil {
		for _, s := range st.path() {
			if st.udt.collations[qname{Schema: s, Name: name}] != nil {
				return schema.QName{Schema: s, Name: name}.String()
			}
		}
	}
	return collationText(names)
}

// commentUserType applies COMMENT ON TYPE / DOMAIN to a domain, composite
// or range type; it reports false when q is none of them.
func (p *parser) commentUserType(q qname, text string) bool {
	u := p.st.ut()
	switch {
	case u.domains[q] != nil:
		u.domains[q].Comment = text
	case u.composites[q] != nil:
		u.composites[q].Comment = text
	case u.ranges[q] != nil:
		u.ranges[q].Comment = text
	default:
		return false
	}
	return true
}

// commentAttribute applies COMMENT ON COLUMN type.attribute of a composite
// type; it reports false when q is not a composite type.
func (p *parser) commentAttribute(q qname, attr, text string) (bool, error) {
	ct := p.st.ut().composites[q]
	if ct == nil {
		return false, nil
	}
	a := ct.Attribute(attr)
	if a == nil {
		return true, fmt.Errorf("column %s of relation %s does not exist", schema.QuoteIdent(attr), q)
	}
	a.Comment = text
	return true, nil
}

// isUserType reports whether q is a domain, composite or range type.
func (st *state) isUserType(q qname) bool {
	u := st.udt
	return u != nil && (u.domains[q] != nil || u.composites[q] != nil || u.ranges[q] != nil)
}

// moveUserType gives the domain, composite or range type q the name nq
// (ALTER TYPE / DOMAIN ... RENAME TO, SET SCHEMA): columns, attributes,
// domains, ranges, casts and operators that use it (or its array) follow,
// and so do casts to it in the expressions of tables. A range keeps its
// multirange type's name, as PostgreSQL does.
func (p *parser) moveUserType(q, nq qname) error {
	st := p.st
	u := st.ut()
	if r := u.ranges[q]; r != nil && q.Schema != nq.Schema {
		return fmt.Errorf("moving range type %s to another schema is not modeled: drop it and create it in schema %s", q, schema.QuoteIdent(nq.Schema))
	}
	switch {
	case u.domains[q] != nil:
		d := u.domains[q]
		delete(u.domains, q)
		u.domains[nq] = d
		d.Schema, d.Name = nq.Schema, nq.Name
		st.domains[nq.String()] = st.domains[q.String()]
		delete(st.domains, q.String())
	case u.composites[q] != nil:
		c := u.composites[q]
		delete(u.composites, q)
		u.composites[nq] = c
		c.Schema, c.Name = nq.Schema, nq.Name
		delete(st.rels, q)
		st.rels[nq] = relOther
	case u.ranges[q] != nil:
		r := u.ranges[q]
		m := r.MultirangeName()
		delete(u.ranges, q)
		u.ranges[nq] = r
		r.Schema, r.Name = nq.Schema, nq.Name
		r.Multirange = &m
	}
	delete(st.types, q)
	st.types[nq] = true
	oldT, newT := q.String(), nq.String()
	retype := func(t *string) {
		if *t == oldT || strings.HasPrefix(*t, oldT+"[") {
			*t = newT + (*t)[len(oldT):]
		}
	}
	for _, tb := range st.tables {
		for _, c := range tb.t.Columns {
			retype(&c.Type)
		}
	}
	for k, base := range st.domains {
		retype(&base)
		st.domains[k] = base
	}
	for _, d := range u.domains {
		retype(&d.Type)
	}
	for _, c := range u.composites {
		for _, a := range c.Attributes {
			retype(&a.Type)
		}
	}
	for _, r := range u.ranges {
		retype(&r.Subtype)
	}
	casts := u.casts
	u.casts = make(map[string]*schema.Cast, len(casts))
	for _, c := range casts {
		retype(&c.Source)
		retype(&c.Target)
		u.casts[c.Key()] = c
	}
	ops := u.operators
	u.operators = make(map[string]*schema.Operator, len(ops))
	for _, o := range ops {
		retype(&o.Left)
		retype(&o.Right)
		u.operators[o.Signature()] = o
	}
	return st.rewriteExprs(st.allTables(), q.Name, renameTypeRef(q, nq))
}
