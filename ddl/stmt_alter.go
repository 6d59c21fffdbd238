package ddl

import (
	"fmt"
	"slices"
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// alterTable applies ALTER TABLE [IF EXISTS] [ONLY] name subcommands, and
// the ALTER INDEX, ALTER SEQUENCE and ALTER VIEW forms that share its
// parse node.
func (p *parser) alterTable(s *pg_query.AlterTableStmt, start int) error {
	word := objectTypeWord(s.Objtype)
	// statements whose every subcommand is OWNER TO are skipped whatever
	// the object is
	ownerOnly := len(s.Cmds) > 0
	for _, c := range s.Cmds {
		ownerOnly = ownerOnly && c.GetAlterTableCmd().GetSubtype() == pg_query.AlterTableType_AT_ChangeOwner
	}
	if ownerOnly {
		p.skip(start, "ALTER "+word+" OWNER TO")
		return nil
	}
	if ok, err := p.viewAlter(s, start); ok {
		return err
	}
	switch s.Objtype {
	case pg_query.ObjectType_OBJECT_TABLE:
	case pg_query.ObjectType_OBJECT_INDEX:
		return p.alterIndex(s, start)
	case pg_query.ObjectType_OBJECT_TYPE:
		return p.alterComposite(s, start)
	case pg_query.ObjectType_OBJECT_FOREIGN_TABLE:
		return p.alterForeignTable(s, start)
	default:
		return p.unsupported(start, "ALTER "+word, rvName(s.Relation), "")
	}
	rv := s.Relation
	tb, err := p.st.lookupTable(rv.Schemaname, rv.Relname)
	if err != nil {
		if s.MissingOk {
			if _, ok := p.st.lookupRel(rv.Schemaname, rv.Relname); !ok {
				return nil
			}
		}
		if q, ok := p.st.lookupRel(rv.Schemaname, rv.Relname); ok && p.st.rels[q] == relOther {
			return p.unsupported(start, "ALTER TABLE", q.String(), "of a relation Strata does not model")
		}
		return err
	}
	recurse := rv.Inh
	var pend pending
	for _, n := range s.Cmds {
		c := n.GetAlterTableCmd()
		if err := p.alterTableCmd(tb, c, recurse, &pend, start); err != nil {
			return err
		}
	}
	if err := p.columnExprs(tb, &pend); err != nil {
		return err
	}
	for _, newCol := range pend.added {
		// added columns reach every child, whatever ONLY says
		tb.eachDescendant(func(d *table) {
			if d.t.Column(newCol.Name) == nil {
				cp := *newCol
				cp.Inherited, cp.Identity, cp.Comment = true, nil, ""
				d.t.Columns = append(d.t.Columns, &cp)
			}
		})
	}
	if err := p.addChecks(tb, pend.checks, true, recurse); err != nil {
		return err
	}
	return p.addPendingKeys(tb, &pend, true, recurse)
}

// alterTableCmd applies one subcommand of ALTER TABLE.
func (p *parser) alterTableCmd(tb *table, c *pg_query.AlterTableCmd, recurse bool, pend *pending, start int) error {
	t := tb.t
	col := func() (*schema.Column, error) {
		if cc := t.Column(c.Name); cc != nil {
			return cc, nil
		}
		return nil, fmt.Errorf("column %s of relation %s does not exist", schema.QuoteIdent(c.Name), t.QName())
	}
	// forColumn applies fn to the column in tb and, unless ONLY, in every
	// descendant that inherits it.
	forColumn := func(fn func(*schema.Column)) error {
		cc, err := col()
		if err != nil {
			return err
		}
		fn(cc)
		if recurse {
			tb.eachDescendant(func(d *table) {
				if dc := d.t.Column(c.Name); dc != nil {
					fn(dc)
				}
			})
		}
		return nil
	}
	if ok, err := p.alterTableTrigger(t, c); ok {
		return err
	}
	if ok, err := p.alterTableRule(t, c); ok {
		return err
	}
	switch c.Subtype {
	case pg_query.AlterTableType_AT_AddColumn:
		cd := c.Def.GetColumnDef()
		if t.Column(cd.Colname) != nil {
			if c.MissingOk {
				return nil
			}
			return fmt.Errorf("column %s of relation %s already exists", schema.QuoteIdent(cd.Colname), t.QName())
		}
		if err := p.columnDef(tb, cd, pend); err != nil {
			return err
		}
		pend.added = append(pend.added, t.Column(cd.Colname))
	case pg_query.AlterTableType_AT_ColumnDefault:
		cc, err := col()
		if err != nil {
			return err
		}
		def := ""
		if c.Def != nil {
			if def, err = newConv(t, p.st).columnDefault(c.Def, cc.Type); err != nil {
				return err
			}
		}
		return forColumn(func(x *schema.Column) { x.Default = def })
	case pg_query.AlterTableType_AT_SetNotNull:
		return forColumn(func(x *schema.Column) { x.NotNull = true })
	case pg_query.AlterTableType_AT_DropNotNull:
		cc, err := col()
		if err != nil {
			return err
		}
		cc.NotNull = false
	case pg_query.AlterTableType_AT_SetStatistics:
		v, err := intVal(c.Def)
		if err != nil {
			return err
		}
		var stat *int
		if v >= 0 {
			n := int(v)
			stat = &n
		}
		return forColumn(func(x *schema.Column) { x.Statistics = stat })
	case pg_query.AlterTableType_AT_SetStorage:
		return forColumn(func(x *schema.Column) { x.Storage = storageName(strVal(c.Def), x.Type) })
	case pg_query.AlterTableType_AT_SetCompression:
		return forColumn(func(x *schema.Column) { x.Compression = compressionName(strVal(c.Def)) })
	case pg_query.AlterTableType_AT_AddConstraint:
		con := c.Def.GetConstraint()
		if con == nil {
			return fmt.Errorf("malformed ADD CONSTRAINT")
		}
		pend.add(con)
	case pg_query.AlterTableType_AT_AddIdentity:
		cc, err := col()
		if err != nil {
			return err
		}
		return p.addIdentity(tb, cc, c.Def.GetConstraint())
	case pg_query.AlterTableType_AT_SetIdentity:
		return p.setIdentity(tb, c)
	case pg_query.AlterTableType_AT_DropIdentity:
		cc, err := col()
		if err != nil {
			return err
		}
		if cc.Identity == nil {
			if c.MissingOk {
				return nil
			}
			return fmt.Errorf("column %s of relation %s is not an identity column", schema.QuoteIdent(c.Name), t.QName())
		}
		q := qname{Schema: t.Schema, Name: cc.Identity.Sequence}
		delete(p.st.identities, q)
		delete(p.st.rels, q)
		cc.Identity = nil
	case pg_query.AlterTableType_AT_AttachPartition:
		return p.attachPartition(tb, c.Def.GetPartitionCmd())
	case pg_query.AlterTableType_AT_ReplicaIdentity:
		ri := c.Def.GetReplicaIdentityStmt()
		t.ReplicaIdentity, t.ReplicaIdentityIndex = "", ""
		switch ri.GetIdentityType() {
		case "f":
			t.ReplicaIdentity = "full"
		case "n":
			t.ReplicaIdentity = "nothing"
		case "i":
			t.ReplicaIdentity, t.ReplicaIdentityIndex = "index", ri.Name
		}
	case pg_query.AlterTableType_AT_SetRelOptions:
		for _, o := range relOptions(c.Def.GetList().GetItems()) {
			name := o[:strings.IndexByte(o, '=')+1]
			t.Options = slices.DeleteFunc(t.Options, func(x string) bool { return strings.HasPrefix(x, name) })
			t.Options = append(t.Options, o)
		}
	case pg_query.AlterTableType_AT_ResetRelOptions:
		for _, n := range c.Def.GetList().GetItems() {
			name := n.GetDefElem().GetDefname() + "="
			t.Options = slices.DeleteFunc(t.Options, func(x string) bool { return strings.HasPrefix(x, name) })
		}
	case pg_query.AlterTableType_AT_ValidateConstraint:
		if con := t.Constraint(c.Name); con != nil {
			con.NotValid = false
		}
	case pg_query.AlterTableType_AT_DropColumn:
		if t.Column(c.Name) == nil {
			if c.MissingOk {
				return nil
			}
			_, err := col()
			return err
		}
		return p.dropColumnCascade(tb, c.Name, recurse, c.Behavior == pg_query.DropBehavior_DROP_CASCADE)
	case pg_query.AlterTableType_AT_DropConstraint:
		return p.dropConstraintCascade(tb, c.Name, c.MissingOk, c.Behavior == pg_query.DropBehavior_DROP_CASCADE)
	case pg_query.AlterTableType_AT_ChangeOwner:
		p.skip(start, "ALTER TABLE OWNER TO")
	case pg_query.AlterTableType_AT_ClusterOn, pg_query.AlterTableType_AT_DropCluster:
		p.skip(start, "ALTER TABLE CLUSTER ON")
	default:
		return p.unsupported(start, "ALTER TABLE "+alterCmdWords(c.Subtype), t.QName().String(), "")
	}
	return nil
}

// eachDescendant calls fn for every partition and inheritance child of tb,
// recursively.
func (tb *table) eachDescendant(fn func(*table)) {
	for _, ch := range tb.children {
		fn(ch)
		ch.eachDescendant(fn)
	}
}

// setIdentity applies ALTER COLUMN ... SET GENERATED / SET sequence
// options / RESTART of an identity column.
func (p *parser) setIdentity(tb *table, c *pg_query.AlterTableCmd) error {
	cc := tb.t.Column(c.Name)
	if cc == nil || cc.Identity == nil {
		return fmt.Errorf("column %s of relation %s is not an identity column", schema.QuoteIdent(c.Name), tb.t.QName())
	}
	opts := c.Def.GetList().GetItems()
	for _, n := range opts {
		if d := n.GetDefElem(); d.GetDefname() == "generated" {
			v, _ := intVal(d.Arg)
			cc.Identity.Always = v == int64('a')
		}
	}
	o, err := parseSeqOptions(opts, p.st)
	if err != nil {
		return err
	}
	v := identityValues(cc.Identity, cc.Type)
	if err := o.apply(&v, false); err != nil {
		return err
	}
	setIdentityValues(cc.Identity, v)
	return nil
}

// attachPartition applies ALTER TABLE parent ATTACH PARTITION part FOR
// VALUES ...: the partition's columns become inherited, and its matching
// indexes, constraints and foreign keys now belong to the parent.
func (p *parser) attachPartition(parent *table, cmd *pg_query.PartitionCmd) error {
	if parent.t.PartitionKey == nil {
		return fmt.Errorf("table %s is not partitioned", parent.t.QName())
	}
	part, err := p.st.lookupTable(cmd.Name.Schemaname, cmd.Name.Relname)
	if err != nil {
		return err
	}
	if part.partOf != nil {
		return fmt.Errorf("%s is already a partition", part.t.QName())
	}
	if len(part.parents) > 0 {
		return fmt.Errorf("cannot attach inheritance child %s as a partition", part.t.QName())
	}
	for _, pc := range parent.t.Columns {
		cc := part.t.Column(pc.Name)
		if cc == nil {
			return fmt.Errorf("table %s lacks column %s of its parent %s", part.t.QName(), schema.QuoteIdent(pc.Name), parent.t.QName())
		}
		cc.Inherited = true
	}
	for _, cc := range part.t.Columns {
		if parent.t.Column(cc.Name) == nil {
			return fmt.Errorf("table %s contains column %s not found in parent %s", part.t.QName(), schema.QuoteIdent(cc.Name), parent.t.QName())
		}
	}
	if err := attachChecks(parent, part); err != nil {
		return err
	}
	bound, err := partitionBound(cmd.Bound, keyTypes(parent.t))
	if err != nil {
		return err
	}
	pq := parent.t.QName()
	part.t.PartitionOf, part.t.PartitionBound = &pq, bound
	part.partOf = parent
	parent.children = append(parent.children, part)
	p.inheritChecks(parent, part)
	p.cloneOnto(parent, part)
	return nil
}

// alterIndex applies ALTER INDEX ... ATTACH PARTITION and ALTER INDEX ...
// ALTER COLUMN n SET STATISTICS and skips the forms that change nothing the
// model holds.
func (p *parser) alterIndex(s *pg_query.AlterTableStmt, start int) error {
	for _, n := range s.Cmds {
		c := n.GetAlterTableCmd()
		switch c.Subtype {
		case pg_query.AlterTableType_AT_AttachPartition:
			if err := p.attachIndex(s, c.Def.GetPartitionCmd()); err != nil {
				return err
			}
		case pg_query.AlterTableType_AT_SetStatistics:
			if err := p.setIndexStatistics(s, c); err != nil {
				return err
			}
		default:
			return p.unsupported(start, "ALTER INDEX "+alterCmdWords(c.Subtype), rvName(s.Relation), "")
		}
	}
	return nil
}

// alterCmdWords describes an ALTER TABLE subcommand for messages.
func alterCmdWords(t pg_query.AlterTableType) string {
	w := strings.TrimPrefix(t.String(), "AT_")
	var b strings.Builder
	for i, r := range w {
		if i > 0 && r >= 'A' && r <= 'Z' {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return strings.ToUpper(b.String())
}
