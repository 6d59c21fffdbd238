package plan

import (
	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/diff"
	"github.com/stratadb/strata/schema"
)

// operatorRequires returns what operator o uses: its schema, operand
// types, function and estimators.
func (b *builder) operatorRequires(o *schema.Operator) []string {
	rs := []string{rSchema(o.Schema)}
	rs = append(rs, b.typeResources(o.Left)...)
	rs = append(rs, b.typeResources(o.Right)...)
	rs = append(rs, signatureResources(o.Function)...)
	rs = append(rs, functionNameResources(o.Restrict)...)
	return append(rs, functionNameResources(o.Join)...)
}

// rOperatorSig names one operator by its signature.
func rOperatorSig(o *schema.Operator) string { return "operator signature:" + o.Signature() }

func (b *builder) addOperator(c diff.Change, o *schema.Operator) {
	sig := o.Signature()
	b.add(&node{sql: ddl.CreateOperator(o), object: sig, kind: "create operator", phase: phaseAfter, change: c,
		requires: b.operatorRequires(o), provides: []string{rOperator(o.QName()), rOperatorSig(o)}})
	if o.Comment != "" {
		b.comment(c, sig, "operator", ddl.CommentOnOperator(o, o.Comment), rOperatorSig(o))
	}
}

func (b *builder) dropOperator(c diff.Change, o *schema.Operator) {
	b.add(&node{sql: ddl.DropOperator(o), object: o.Signature(), kind: "drop operator", phase: phaseDropForeignKey, change: c,
		removes: []string{rOperator(o.QName()), rOperatorSig(o)}, releases: b.operatorRequires(o)})
}

func (b *builder) alterOperator(c diff.AlterOperator) {
	if c.Change&diff.OperatorDefinition != 0 {
		b.dropOperator(c, c.From)
		b.addOperator(c, c.To)
		return
	}
	if c.Change&diff.OperatorComment != 0 {
		b.comment(c, c.To.Signature(), "operator", ddl.CommentOnOperator(c.To, c.To.Comment), rOperatorSig(c.To))
	}
}

// dependentsOperators lists the operators of db for the cascade: an
// operator is dropped and created again around its function's recreation.
func dependentsOperators(b *builder, db *schema.Database) []dependent {
	out := make([]dependent, 0, len(db.Operators))
	for _, o := range db.Operators {
		out = append(out, dependent{id: rOperatorSig(o), provides: []string{rOperator(o.QName()), rOperatorSig(o)},
			requires: b.operatorRequires(o), drop: diff.DropOperator{Operator: o}, add: diff.AddOperator{Operator: o}})
	}
	return out
}

// altersOperator returns the dependent id of the operator that c alters.
func altersOperator(c diff.Change) (string, bool) {
	if c, ok := c.(diff.AlterOperator); ok {
		return rOperatorSig(c.To), true
	}
	return "", false
}
