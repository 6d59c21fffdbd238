package plan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// rOpFamily names an operator family ("public.f USING btree").
func rOpFamily(key string) string { return "opfamily:" + key }

// rOpFamilyLoose names the loose members of a family: the classes of the
// family are created after them (a btree or hash member added once a
// class for its type exists is tied to that class).
func rOpFamilyLoose(key string) string { return "opfamily members:" + key }

// rOpClass names an operator class by qualified name, whatever its method
// (an index key names its class without the method).
func rOpClass(name string) string { return "opclass:" + name }

// operatorMemberQName splits the "schema.op" of an operator member; ok is
// false for a pg_catalog operator.
func operatorMemberQName(op string) (schema.QName, bool) {
	loc := qualifiedName.FindStringIndex(op)
	if loc == nil {
		return schema.QName{}, false
	}
	sch := op[:loc[1]-1]
	if strings.HasPrefix(sch, `"`) {
		sch = strings.ReplaceAll(sch[1:len(sch)-1], `""`, `"`)
	}
	if sch == "pg_catalog" {
		return schema.QName{}, false
	}
	return schema.QName{Schema: sch, Name: op[loc[1]:]}, true
}

// membersRequire returns what members use: operators, support
// functions, their types and the btree families of ordering operators.
func (b *builder) membersRequire(ops []*schema.OpFamilyOperator, fns []*schema.OpFamilyFunction) []string {
	var rs []string
	for _, o := range ops {
		rs = append(rs, b.typeResources(o.Left)...)
		rs = append(rs, b.typeResources(o.Right)...)
		if q, ok := operatorMemberQName(o.Operator); ok {
			rs = append(rs, rOperator(q))
		}
		if o.OrderBy != "" && !strings.HasPrefix(o.OrderBy, "pg_catalog.") {
			rs = append(rs, rOpFamily(o.OrderBy+" USING btree"))
		}
	}
	for _, f := range fns {
		rs = append(rs, b.typeResources(f.Left)...)
		rs = append(rs, b.typeResources(f.Right)...)
		rs = append(rs, signatureResources(f.Function)...)
	}
	return rs
}

// familyRequires returns what family f uses: its schema and its loose
// members' objects.
func (b *builder) familyRequires(f *schema.OperatorFamily) []string {
	return append([]string{rSchema(f.Schema)}, b.membersRequire(f.Operators, f.Functions)...)
}

// classRequires returns what class c uses: its schema, family (and the
// family's loose members), types and members' objects.
func (b *builder) classRequires(c *schema.OperatorClass) []string {
	fam := c.Family + " USING " + c.Method
	rs := []string{rSchema(c.Schema), rOpFamily(fam), rOpFamilyLoose(fam)}
	rs = append(rs, b.typeResources(c.Type)...)
	rs = append(rs, b.typeResources(c.Storage)...)
	return append(rs, b.membersRequire(c.Operators, c.Functions)...)
}

func (b *builder) addOpFamily(c diff.Change, f *schema.OperatorFamily) {
	key := f.Key()
	b.add(&node{sql: ddl.CreateOpFamily(f), object: key, kind: "create operator family", phase: phaseAfter, change: c,
		requires: []string{rSchema(f.Schema)}, provides: []string{rOpFamily(key)}})
	b.addFamilyMembers(c, f, f.Operators, f.Functions)
	if f.Comment != "" {
		b.comment(c, key, "operator family", ddl.CommentOnOpFamily(f, f.Comment), rOpFamily(key))
	}
}

// addFamilyMembers adds the ALTER OPERATOR FAMILY ... ADD step of loose
// members ops and fns of f, if any; it returns the node (nil for none).
func (b *builder) addFamilyMembers(c diff.Change, f *schema.OperatorFamily, ops []*schema.OpFamilyOperator, fns []*schema.OpFamilyFunction) *node {
	sql := ddl.AddOpFamilyMembers(f, ops, fns)
	if sql == "" {
		return nil
	}
	key := f.Key()
	return b.add(&node{sql: sql, object: key, kind: "alter operator family add", phase: phaseAfter, change: c,
		requires: append([]string{rOpFamily(key)}, b.membersRequire(ops, fns)...), provides: []string{rOpFamilyLoose(key)}})
}

func (b *builder) dropOpFamily(c diff.Change, f *schema.OperatorFamily) {
	key := f.Key()
	b.add(&node{sql: ddl.DropOpFamily(f), object: key, kind: "drop operator family", phase: phaseDropForeignKey, change: c,
		removes: []string{rOpFamily(key), rOpFamilyLoose(key)}, releases: b.familyRequires(f)})
}

func (b *builder) alterOpFamily(c diff.AlterOperatorFamily) {
	key := c.To.Key()
	if c.Change&diff.OperatorFamilyMembers != 0 {
		dropOps, addOps := memberDelta(c.From.Operators, c.To.Operators, (*schema.OpFamilyOperator).Key)
		dropFns, addFns := memberDelta(c.From.Functions, c.To.Functions, (*schema.OpFamilyFunction).Key)
		if sql := ddl.DropOpFamilyMembers(c.From, dropOps, dropFns); sql != "" {
			b.add(&node{sql: sql, object: key, kind: "alter operator family drop", phase: phaseDropForeignKey, change: c,
				releases: b.membersRequire(dropOps, dropFns)})
		}
		// An existing class that would take a member added now must be
		// dropped before and created again after (with its indexes): the
		// step then removes the family's loose members, which the
		// classes of the family require, so that the cascade recreates
		// them around it.
		var takers []*schema.OperatorClass
		for _, cls := range b.from.OperatorClasses {
			if cls.Family+" USING "+cls.Method != key || !slices.ContainsFunc(b.to.OperatorClasses, func(x *schema.OperatorClass) bool { return x.Key() == cls.Key() }) {
				continue
			}
			takes := slices.ContainsFunc(addOps, func(o *schema.OpFamilyOperator) bool {
				return ddl.ClassTakesMember(cls, false, o.Strategy, o.Left, o.Right)
			}) || slices.ContainsFunc(addFns, func(f *schema.OpFamilyFunction) bool {
				return ddl.ClassTakesMember(cls, true, f.Number, f.Left, f.Right)
			})
			if takes {
				takers = append(takers, cls)
			}
		}
		n := b.addFamilyMembers(c, c.To, addOps, addFns)
		if n != nil && len(takers) > 0 {
			n.removes = append(n.removes, rOpFamilyLoose(key))
		}
	}
	if c.Change&diff.OperatorFamilyComment != 0 {
		b.comment(c, key, "operator family", ddl.CommentOnOpFamily(c.To, c.To.Comment), rOpFamily(key))
	}
}

// memberDelta returns the members of from that to lacks (or has changed)
// and those of to that from lacks (or has changed), by key.
func memberDelta[T comparable](from, to []*T, key func(*T) string) (drop, add []*T) {
	same := func(a, b *T) bool { return key(a) == key(b) && *a == *b }
	for _, a := range from {
		if !slices.ContainsFunc(to, func(b *T) bool { return same(a, b) }) {
			drop = append(drop, a)
		}
	}
	for _, b := range to {
		if !slices.ContainsFunc(from, func(a *T) bool { return same(a, b) }) {
			add = append(add, b)
		}
	}
	return drop, add
}

// classSlots returns the places in its family and method that class cls
// takes: its members (a family holds one operator per strategy and one
// function per support number for each pair of types) and, for a DEFAULT
// class, the default for its type. A class that takes a place another
// class of the plan gives up is created after that class is dropped, also
// when the two have different names (a class renamed or moved): PostgreSQL
// refuses the second holder.
func classSlots(cls *schema.OperatorClass) []string {
	fam := cls.Family + " " + cls.Method
	out := make([]string, 0, len(cls.Operators)+len(cls.Functions)+1)
	for _, o := range cls.Operators {
		out = append(out, fmt.Sprintf("opfamily slot:%s operator %d (%s, %s)", fam, o.Strategy, o.Left, o.Right))
	}
	for _, f := range cls.Functions {
		out = append(out, fmt.Sprintf("opfamily slot:%s function %d (%s, %s)", fam, f.Number, f.Left, f.Right))
	}
	if cls.Default {
		out = append(out, "opclass default:"+cls.Method+" "+cls.Type)
	}
	return out
}

func (b *builder) addOpClass(c diff.Change, cls *schema.OperatorClass) {
	key, name := cls.Key(), cls.QName().String()
	b.add(&node{sql: ddl.CreateOpClass(cls), object: key, kind: "create operator class", phase: phaseAfter, change: c,
		requires: b.classRequires(cls), provides: append([]string{rOpClass(name)}, classSlots(cls)...)})
	if cls.Comment != "" {
		b.comment(c, key, "operator class", ddl.CommentOnOpClass(cls, cls.Comment), rOpClass(name))
	}
}

func (b *builder) dropOpClass(c diff.Change, cls *schema.OperatorClass) {
	b.add(&node{sql: ddl.DropOpClass(cls), object: cls.Key(), kind: "drop operator class", phase: phaseDropForeignKey, change: c,
		removes: append([]string{rOpClass(cls.QName().String())}, classSlots(cls)...), releases: b.classRequires(cls)})
}

func (b *builder) alterOpClass(c diff.AlterOperatorClass) {
	if c.Change&diff.OperatorClassDefinition != 0 {
		b.dropOpClass(c, c.From)
		b.addOpClass(c, c.To)
		return
	}
	if c.Change&diff.OperatorClassComment != 0 {
		b.comment(c, c.To.Key(), "operator class", ddl.CommentOnOpClass(c.To, c.To.Comment), rOpClass(c.To.QName().String()))
	}
}

// opClassChange adds the nodes of a change of an operator family or
// class; it reports false for other changes.
func (b *builder) opClassChange(c diff.Change) bool {
	switch c := c.(type) {
	case diff.AddOperatorFamily:
		b.addOpFamily(c, c.Family)
	case diff.DropOperatorFamily:
		b.dropOpFamily(c, c.Family)
	case diff.AlterOperatorFamily:
		b.alterOpFamily(c)
	case diff.AddOperatorClass:
		b.addOpClass(c, c.Class)
	case diff.DropOperatorClass:
		b.dropOpClass(c, c.Class)
	case diff.AlterOperatorClass:
		b.alterOpClass(c)
	default:
		return false
	}
	return true
}

// indexOpClassResources returns the user operator classes the keys of
// index i of table t use in db: a class named by the key, or the user
// class that is the default of the index's method for a column key's
// type.
func indexOpClassResources(db *schema.Database, t *schema.Table, i *schema.Index) []string {
	if len(db.OperatorClasses) == 0 {
		return nil
	}
	var rs []string
	for _, k := range i.Keys {
		if k.OpClass != "" {
			name, _, _ := strings.Cut(k.OpClass, " ")
			if qualifiedName.MatchString(name) {
				rs = append(rs, rOpClass(name))
			}
			continue
		}
		col := t.Column(k.Column)
		if col == nil {
			continue
		}
		for _, c := range db.OperatorClasses {
			if c.Default && c.Method == i.Method && c.Type == col.Type {
				rs = append(rs, rOpClass(c.QName().String()))
			}
		}
	}
	return rs
}

// dependentsOpClasses lists the families and classes of db for the
// cascade: they are dropped and created again around the recreation of
// an operator, function or type their members use.
func dependentsOpClasses(b *builder, db *schema.Database) []dependent {
	var out []dependent
	for _, f := range db.OperatorFamilies {
		key := f.Key()
		out = append(out, dependent{id: rOpFamily(key), provides: []string{rOpFamily(key), rOpFamilyLoose(key)},
			requires: b.familyRequires(f), drop: diff.DropOperatorFamily{Family: f}, add: diff.AddOperatorFamily{Family: f}})
	}
	for _, c := range db.OperatorClasses {
		name := c.QName().String()
		out = append(out, dependent{id: "opclass " + c.Key(), provides: []string{rOpClass(name)},
			requires: b.classRequires(c), drop: diff.DropOperatorClass{Class: c}, add: diff.AddOperatorClass{Class: c}})
	}
	return out
}

// altersOpClass returns the dependent id of the family or class that c
// alters.
func altersOpClass(c diff.Change) (string, bool) {
	switch c := c.(type) {
	case diff.AlterOperatorFamily:
		return rOpFamily(c.To.Key()), true
	case diff.AlterOperatorClass:
		return "opclass " + c.To.Key(), true
	}
	return "", false
}

// dependentsOpClassIndexes lists the indexes and the primary key, unique
// and exclusion constraints of db whose index uses a user operator class
// (and no user function, which dependentsTableExprs covers): they are
// dropped and created again around the class's recreation. A foreign key
// that references such a key is dropped and added again around it
// (forcedForeignKeys).
func dependentsOpClassIndexes(b *builder, db *schema.Database) []dependent {
	var out []dependent
	for _, t := range db.Tables {
		q := t.QName()
		for _, con := range t.Constraints {
			rs := constraintOpClassResources(db, t, con)
			if len(rs) == 0 {
				continue
			}
			exprs := []string{con.Expr, con.Where}
			for _, e := range con.Elements {
				exprs = append(exprs, e.Key.Expr)
			}
			if slices.ContainsFunc(exprs, func(e string) bool { return e != "" && qualifiedCall.MatchString(e) }) {
				continue
			}
			out = append(out, dependent{
				id:       rConstraint(q, con.Name),
				provides: constraintRemovals(q, con),
				requires: rs,
				drop:     diff.AlterTable{From: t, To: t, Changes: []diff.Change{diff.DropConstraint{Table: q, Constraint: con}}},
				add:      diff.AlterTable{From: t, To: t, Changes: []diff.Change{diff.AddConstraint{Table: q, Constraint: con}}},
			})
		}
		for _, i := range t.Indexes {
			rs := indexOpClassResources(db, t, i)
			if len(rs) == 0 {
				continue
			}
			exprs := []string{i.Where}
			for _, k := range i.Keys {
				exprs = append(exprs, k.Expr)
			}
			if slices.ContainsFunc(exprs, func(e string) bool { return e != "" && qualifiedCall.MatchString(e) }) {
				continue
			}
			out = append(out, dependent{
				id:       rIndex(inSchema(q, i.Name)),
				provides: indexRemovals(q, i),
				requires: rs,
				drop:     diff.AlterTable{From: t, To: t, Changes: []diff.Change{diff.DropIndex{Table: q, Index: i}}},
				add:      diff.AlterTable{From: t, To: t, Changes: []diff.Change{diff.AddIndex{Table: q, Index: i}}},
			})
		}
	}
	return out
}

// constraintOpClassResources returns the user operator classes the index
// behind constraint con of table t uses in db: the classes its exclusion
// elements name, or the user DEFAULT btree class of a key column's type.
func constraintOpClassResources(db *schema.Database, t *schema.Table, con *schema.Constraint) []string {
	switch con.Kind {
	case schema.Exclude:
		return indexOpClassResources(db, t, &schema.Index{Method: con.Method, Keys: ddl.ElementKeys(con.Elements)})
	case schema.PrimaryKey, schema.Unique:
		keys := make([]schema.IndexKey, len(con.Columns))
		for i, c := range con.Columns {
			keys[i] = schema.IndexKey{Column: c}
		}
		return indexOpClassResources(db, t, &schema.Index{Method: "btree", Keys: keys})
	}
	return nil
}
