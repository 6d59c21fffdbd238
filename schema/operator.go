package schema

import (
	"slices"
	"strings"
)

// Operator is a user-defined operator (CREATE OPERATOR), identified by its
// qualified name and its operand types.
type Operator struct {
	// Schema is the schema the operator lives in.
	Schema string `json:"schema"`
	// Name is the operator's symbol, e.g. "~<<".
	Name string `json:"name"`
	// Left is the left operand type as format_type prints it; empty for a
	// prefix operator.
	Left string `json:"left,omitempty"`
	// Right is the right operand type as format_type prints it.
	Right string `json:"right"`
	// Function is the signature of the function that implements the
	// operator, as Function.Signature prints it: "public.f(text, text)",
	// always schema-qualified.
	Function string `json:"function"`
	// Commutator is the commutator operator as "schema.op", always
	// schema-qualified ("pg_catalog.="); empty when there is none.
	Commutator string `json:"commutator,omitempty"`
	// Negator is the negator operator, spelled as Commutator; empty when
	// there is none.
	Negator string `json:"negator,omitempty"`
	// Restrict is the restriction selectivity estimator's name, always
	// schema-qualified ("pg_catalog.eqsel"); empty when there is none.
	Restrict string `json:"restrict,omitempty"`
	// Join is the join selectivity estimator's name, as Restrict; empty
	// when there is none.
	Join string `json:"join,omitempty"`
	// Hashes is true for HASHES.
	Hashes bool `json:"hashes,omitempty"`
	// Merges is true for MERGES.
	Merges bool `json:"merges,omitempty"`
	// Comment is the COMMENT ON OPERATOR text; empty when there is none.
	Comment string `json:"comment,omitempty"`
}

// QName returns the operator's qualified name (without operand types).
func (o *Operator) QName() QName { return QName{o.Schema, o.Name} }

// Signature returns the operator's identity as COMMENT ON OPERATOR and
// DROP OPERATOR spell it: "public.~<< (text, text)", NONE for a missing
// left operand.
func (o *Operator) Signature() string {
	left := o.Left
	if left == "" {
		left = "NONE"
	}
	return QuoteIdent(o.Schema) + "." + o.Name + " (" + left + ", " + o.Right + ")"
}

// normalizeOperators sorts the operators by qualified name, then operand
// types.
func normalizeOperators(db *Database) {
	slices.SortFunc(db.Operators, func(a, b *Operator) int {
		if c := compareQName(a.QName(), b.QName()); c != 0 {
			return c
		}
		if c := strings.Compare(a.Left, b.Left); c != 0 {
			return c
		}
		return strings.Compare(a.Right, b.Right)
	})
	db.Operators = nilIfEmpty(db.Operators)
}
