package inspect

import (
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/schema"
)

// opclassOperator is one element of the operators column of the
// operator_classes query.
type opclassOperator struct {
	Strategy   int     `json:"strategy"`
	Left       string  `json:"left"`
	Right      string  `json:"right"`
	OpSchema   string  `json:"op_schema"`
	OpName     string  `json:"op_name"`
	SortSchema *string `json:"sort_schema"`
	SortName   *string `json:"sort_name"`
}

// opclassFunction is one element of the functions column of the
// operator_classes query.
type opclassFunction struct {
	Number   int    `json:"number"`
	Left     string `json:"left"`
	Right    string `json:"right"`
	FnSchema string `json:"fn_schema"`
	FnName   string `json:"fn_name"`
	FnArgs   string `json:"fn_args"`
}

// readOpClasses reads the operator families and classes with their
// members, each under the object its pg_depend entry points at.
func readOpClasses(r *reader, cat *catalogRows) error {
	return r.each("operator_classes", func(rows pgx.Rows) error {
		var kind, sch, name, method string
		var typ, famSchema, famName, storage, comment *string
		var dflt bool
		var opsJSON, fnsJSON []byte
		if err := rows.Scan(&kind, &sch, &name, &method, &typ, &dflt, &famSchema, &famName, &storage,
			&opsJSON, &fnsJSON, &comment); err != nil {
			return err
		}
		ops, fns, err := opclassMembers(opsJSON, fnsJSON)
		if err != nil {
			return fmt.Errorf("operator class or family %s: %w", schema.QName{Schema: sch, Name: name}, err)
		}
		switch kind {
		case "f":
			cat.db.OperatorFamilies = append(cat.db.OperatorFamilies, &schema.OperatorFamily{
				Schema: sch, Name: name, Method: method, Operators: ops, Functions: fns, Comment: str(comment)})
		case "c":
			cat.db.OperatorClasses = append(cat.db.OperatorClasses, &schema.OperatorClass{
				Schema: sch, Name: name, Method: method, Type: str(typ), Default: dflt,
				Family:  schema.QName{Schema: str(famSchema), Name: str(famName)}.String(),
				Storage: str(storage), Operators: ops, Functions: fns, Comment: str(comment)})
		default:
			return fmt.Errorf("unknown kind %q", kind)
		}
		return nil
	})
}

// opclassMembers decodes the members columns of the operator_classes
// query (NULL when there are none).
func opclassMembers(opsJSON, fnsJSON []byte) ([]*schema.OpFamilyOperator, []*schema.OpFamilyFunction, error) {
	var ops []opclassOperator
	var fns []opclassFunction
	if len(opsJSON) > 0 {
		if err := json.Unmarshal(opsJSON, &ops); err != nil {
			return nil, nil, err
		}
	}
	if len(fnsJSON) > 0 {
		if err := json.Unmarshal(fnsJSON, &fns); err != nil {
			return nil, nil, err
		}
	}
	var outOps []*schema.OpFamilyOperator
	for _, o := range ops {
		m := &schema.OpFamilyOperator{Strategy: o.Strategy, Left: o.Left, Right: o.Right,
			Operator: operatorName([]string{o.OpSchema, o.OpName})}
		if o.SortSchema != nil && o.SortName != nil {
			m.OrderBy = schema.QName{Schema: *o.SortSchema, Name: *o.SortName}.String()
		}
		outOps = append(outOps, m)
	}
	var outFns []*schema.OpFamilyFunction
	for _, f := range fns {
		outFns = append(outFns, &schema.OpFamilyFunction{Number: f.Number, Left: f.Left, Right: f.Right,
			Function: signature([]string{f.FnSchema, f.FnName, f.FnArgs})})
	}
	return outOps, outFns, nil
}
