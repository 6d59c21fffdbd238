package schema

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// OperatorFamily is an operator family (CREATE OPERATOR FAMILY, or the one
// CREATE OPERATOR CLASS creates when it names none), identified by its
// index method, schema and name.
type OperatorFamily struct {
	// Schema is the schema the family lives in.
	Schema string `json:"schema"`
	// Name is the family's name.
	Name string `json:"name"`
	// Method is the index access method, e.g. "btree", "hash", "gist".
	Method string `json:"method"`
	// Operators are the operators that belong to the family itself, not
	// to one of its classes (pg_depend points at the family: the "loose"
	// members of ALTER OPERATOR FAMILY ... ADD, and the cross-type or
	// optional members PostgreSQL never ties to a class), sorted by
	// strategy, then operand types.
	Operators []*OpFamilyOperator `json:"operators,omitempty"`
	// Functions are the support functions that belong to the family
	// itself, as Operators, sorted by support number, then types.
	Functions []*OpFamilyFunction `json:"functions,omitempty"`
	// Comment is the COMMENT ON OPERATOR FAMILY text; empty when none.
	Comment string `json:"comment,omitempty"`
}

// OperatorClass is an operator class (CREATE OPERATOR CLASS), identified
// by its index method, schema and name.
type OperatorClass struct {
	// Schema is the schema the class lives in.
	Schema string `json:"schema"`
	// Name is the class's name.
	Name string `json:"name"`
	// Method is the index access method, e.g. "btree".
	Method string `json:"method"`
	// Type is the indexed data type (FOR TYPE) as format_type prints it.
	Type string `json:"type"`
	// Default is true for DEFAULT: the class indexes Type when an index
	// names no class.
	Default bool `json:"default,omitempty"`
	// Family is the family the class belongs to, schema-qualified
	// ("public.my_ops", quoted where needed); it has the same Method.
	Family string `json:"family"`
	// Storage is the STORAGE type as format_type prints it; empty when the
	// index stores Type itself.
	Storage string `json:"storage,omitempty"`
	// Operators are the operators tied to the class (pg_depend points at
	// the class: they go away with it), sorted as in OperatorFamily.
	Operators []*OpFamilyOperator `json:"operators,omitempty"`
	// Functions are the support functions tied to the class, as Operators.
	Functions []*OpFamilyFunction `json:"functions,omitempty"`
	// Comment is the COMMENT ON OPERATOR CLASS text; empty when none.
	Comment string `json:"comment,omitempty"`
}

// OpFamilyOperator is one operator of an operator family (pg_amop).
type OpFamilyOperator struct {
	// Strategy is the strategy number.
	Strategy int `json:"strategy"`
	// Left and Right are the operand types as format_type prints them:
	// the operator's own.
	Left  string `json:"left"`
	Right string `json:"right"`
	// Operator is the operator's schema-qualified name, "pg_catalog.<" or
	// "public.===" (schema quoted where needed).
	Operator string `json:"operator"`
	// OrderBy is the btree family, schema-qualified, of an ordering
	// operator (FOR ORDER BY); empty for a search operator (FOR SEARCH).
	OrderBy string `json:"order_by,omitempty"`
}

// OpFamilyFunction is one support function of an operator family
// (pg_amproc).
type OpFamilyFunction struct {
	// Number is the support function number.
	Number int `json:"number"`
	// Left and Right are the types the function is registered for, as
	// format_type prints them.
	Left  string `json:"left"`
	Right string `json:"right"`
	// Function is the function's signature as Function.Signature prints
	// it: "public.f(integer, integer)", always schema-qualified.
	Function string `json:"function"`
}

// QName returns the family's qualified name.
func (f *OperatorFamily) QName() QName { return QName{f.Schema, f.Name} }

// QName returns the class's qualified name.
func (c *OperatorClass) QName() QName { return QName{c.Schema, c.Name} }

// Key returns the family's identity as DROP and COMMENT spell it:
// "public.my_ops USING btree".
func (f *OperatorFamily) Key() string { return f.QName().String() + " USING " + f.Method }

// Key returns the class's identity as DROP and COMMENT spell it:
// "public.my_ops USING btree".
func (c *OperatorClass) Key() string { return c.QName().String() + " USING " + c.Method }

// Key returns the member's identity within its family: strategy and
// operand types, as ALTER OPERATOR FAMILY ... DROP names it:
// "OPERATOR 1 (integer, integer)".
func (o *OpFamilyOperator) Key() string {
	return "OPERATOR " + strconv.Itoa(o.Strategy) + " (" + o.Left + ", " + o.Right + ")"
}

// Key returns the member's identity within its family, as ALTER OPERATOR
// FAMILY ... DROP names it: "FUNCTION 1 (integer, integer)".
func (f *OpFamilyFunction) Key() string {
	return "FUNCTION " + strconv.Itoa(f.Number) + " (" + f.Left + ", " + f.Right + ")"
}

// compareOpClassKey orders families and classes by qualified name, then
// method.
func compareOpClassKey(a QName, am string, b QName, bm string) int {
	if c := compareQName(a, b); c != 0 {
		return c
	}
	return strings.Compare(am, bm)
}

// sortMembers sorts operators by strategy and types and functions by
// number and types; empty lists become nil.
func sortMembers(ops []*OpFamilyOperator, fns []*OpFamilyFunction) ([]*OpFamilyOperator, []*OpFamilyFunction) {
	slices.SortFunc(ops, func(a, b *OpFamilyOperator) int {
		return cmp.Or(cmp.Compare(a.Strategy, b.Strategy), strings.Compare(a.Left, b.Left), strings.Compare(a.Right, b.Right))
	})
	slices.SortFunc(fns, func(a, b *OpFamilyFunction) int {
		return cmp.Or(cmp.Compare(a.Number, b.Number), strings.Compare(a.Left, b.Left), strings.Compare(a.Right, b.Right))
	})
	return nilIfEmpty(ops), nilIfEmpty(fns)
}

// normalizeOpClasses sorts the operator families and classes by qualified
// name, then method, and their members.
func normalizeOpClasses(db *Database) {
	slices.SortFunc(db.OperatorFamilies, func(a, b *OperatorFamily) int {
		return compareOpClassKey(a.QName(), a.Method, b.QName(), b.Method)
	})
	slices.SortFunc(db.OperatorClasses, func(a, b *OperatorClass) int {
		return compareOpClassKey(a.QName(), a.Method, b.QName(), b.Method)
	})
	db.OperatorFamilies = nilIfEmpty(db.OperatorFamilies)
	db.OperatorClasses = nilIfEmpty(db.OperatorClasses)
	for _, f := range db.OperatorFamilies {
		f.Operators, f.Functions = sortMembers(f.Operators, f.Functions)
	}
	for _, c := range db.OperatorClasses {
		c.Operators, c.Functions = sortMembers(c.Operators, c.Functions)
	}
}
