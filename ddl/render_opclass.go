package ddl

import (
	"strconv"
	"strings"

	"github.com/stratadb/strata/schema"
)

// CreateOpFamily returns the CREATE OPERATOR FAMILY statement for f,
// without its members (see AddOpFamilyMembers).
func CreateOpFamily(f *schema.OperatorFamily) string {
	return "CREATE OPERATOR FAMILY " + f.Key()
}

// DropOpFamily returns the DROP OPERATOR FAMILY statement for f; its
// classes and members go with it.
func DropOpFamily(f *schema.OperatorFamily) string { return "DROP OPERATOR FAMILY " + f.Key() }

// opFamilyOperator spells an operator member as CREATE OPERATOR CLASS and
// ALTER OPERATOR FAMILY ... ADD take it.
func opFamilyOperator(o *schema.OpFamilyOperator) string {
	s := "OPERATOR " + strconv.Itoa(o.Strategy) + " " + o.Operator + " (" + o.Left + ", " + o.Right + ")"
	if o.OrderBy != "" {
		s += " FOR ORDER BY " + o.OrderBy
	}
	return s
}

// opFamilyFunction spells a support function member as CREATE OPERATOR
// CLASS and ALTER OPERATOR FAMILY ... ADD take it, with its types.
func opFamilyFunction(f *schema.OpFamilyFunction) string {
	return "FUNCTION " + strconv.Itoa(f.Number) + " (" + f.Left + ", " + f.Right + ") " + f.Function
}

// AddOpFamilyMembers returns the ALTER OPERATOR FAMILY ... ADD statement
// that adds ops and fns to family f; "" when both are empty.
func AddOpFamilyMembers(f *schema.OperatorFamily, ops []*schema.OpFamilyOperator, fns []*schema.OpFamilyFunction) string {
	var items []string
	for _, o := range ops {
		items = append(items, opFamilyOperator(o))
	}
	for _, fn := range fns {
		items = append(items, opFamilyFunction(fn))
	}
	if len(items) == 0 {
		return ""
	}
	return "ALTER OPERATOR FAMILY " + f.Key() + " ADD " + strings.Join(items, ", ")
}

// DropOpFamilyMembers returns the ALTER OPERATOR FAMILY ... DROP statement
// that removes ops and fns from family f; "" when both are empty.
func DropOpFamilyMembers(f *schema.OperatorFamily, ops []*schema.OpFamilyOperator, fns []*schema.OpFamilyFunction) string {
	var items []string
	for _, o := range ops {
		items = append(items, o.Key())
	}
	for _, fn := range fns {
		items = append(items, fn.Key())
	}
	if len(items) == 0 {
		return ""
	}
	return "ALTER OPERATOR FAMILY " + f.Key() + " DROP " + strings.Join(items, ", ")
}

// CreateOpClass returns the CREATE OPERATOR CLASS statement for c, in its
// family (which must exist), with the members tied to it.
func CreateOpClass(c *schema.OperatorClass) string {
	s := "CREATE OPERATOR CLASS " + c.QName().String()
	if c.Default {
		s += " DEFAULT"
	}
	s += " FOR TYPE " + c.Type + " USING " + c.Method + " FAMILY " + c.Family + " AS "
	var items []string
	for _, o := range c.Operators {
		items = append(items, opFamilyOperator(o))
	}
	for _, f := range c.Functions {
		items = append(items, opFamilyFunction(f))
	}
	switch {
	case c.Storage != "":
		items = append(items, "STORAGE "+c.Storage)
	case len(items) == 0:
		// The list may not be empty: the type itself as storage is no
		// storage type.
		items = append(items, "STORAGE "+c.Type)
	}
	return s + strings.Join(items, ", ")
}

// DropOpClass returns the DROP OPERATOR CLASS statement for c; the
// members tied to it go with it, its family stays.
func DropOpClass(c *schema.OperatorClass) string { return "DROP OPERATOR CLASS " + c.Key() }

// CommentOnOpFamily returns the statement that sets the comment of family
// f; "" removes it.
func CommentOnOpFamily(f *schema.OperatorFamily, text string) string {
	return commentOn("OPERATOR FAMILY "+f.Key(), text)
}

// CommentOnOpClass returns the statement that sets the comment of class
// c; "" removes it.
func CommentOnOpClass(c *schema.OperatorClass, text string) string {
	return commentOn("OPERATOR CLASS "+c.Key(), text)
}

// opclassOperatorNames returns the signatures (schema.Operator.Signature)
// of the operators the families and classes of db use.
func opclassOperatorNames(db *schema.Database) map[string]bool {
	out := map[string]bool{}
	add := func(ops []*schema.OpFamilyOperator) {
		for _, o := range ops {
			out[o.Operator+" ("+o.Left+", "+o.Right+")"] = true
		}
	}
	for _, f := range db.OperatorFamilies {
		add(f.Operators)
	}
	for _, c := range db.OperatorClasses {
		add(c.Operators)
	}
	return out
}

// renderOpClasses adds the operator families, then their loose members,
// then the classes, preceded by the user operators they use that are not
// created yet (created: earlyOperators; renderUserTypesLate then leaves
// them out). Render calls it before the
// constraints and indexes, which may use the classes. The loose members
// come before the classes: a btree or hash member added once a class for
// its type exists is tied to that class.
func renderOpClasses(s *script, db *schema.Database, created map[string]bool) {
	used := opclassOperatorNames(db)
	for _, o := range db.Operators {
		if used[o.Signature()] && !created[o.Signature()] {
			s.add(CreateOperator(o))
		}
	}
	s.section()
	fams := sortedBy(db.OperatorFamilies, (*schema.OperatorFamily).QName)
	for _, f := range fams {
		s.add(CreateOpFamily(f))
	}
	// Every family exists before any member is added: an ordering
	// operator names the btree family it sorts by.
	for _, f := range fams {
		if st := AddOpFamilyMembers(f, f.Operators, f.Functions); st != "" {
			s.add(st)
		}
	}
	s.section()
	classes := sortedBy(db.OperatorClasses, (*schema.OperatorClass).QName)
	for _, c := range classes {
		s.add(CreateOpClass(c))
	}
	s.section()
	for _, f := range fams {
		if f.Comment != "" {
			s.add(CommentOnOpFamily(f, f.Comment))
		}
	}
	for _, c := range classes {
		if c.Comment != "" {
			s.add(CommentOnOpClass(c, c.Comment))
		}
	}
	s.section()
}
