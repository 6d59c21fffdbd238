package diff

import (
	"slices"
	"strings"

	"github.com/stratadb/strata/schema"
)

// AddFunction creates a function, procedure or aggregate.
type AddFunction struct{ Function *schema.Function }

// DropFunction drops a function, procedure or aggregate.
type DropFunction struct{ Function *schema.Function }

// AlterFunction changes a function, procedure or aggregate of the same
// signature.
type AlterFunction struct {
	From, To *schema.Function
	Change   FunctionChange
}

// FunctionChange is the set of function attributes that differ.
type FunctionChange uint32

// The attributes of a function.
const (
	FunctionKind FunctionChange = 1 << iota
	FunctionArgNames
	FunctionArgDefaults
	FunctionResult // result type, SETOF, output arguments
	FunctionLanguage
	FunctionBody // source, library or SQL-standard body
	FunctionVolatility
	FunctionStrict
	FunctionSecurity
	FunctionLeakproof
	FunctionParallel
	FunctionCost
	FunctionRows
	FunctionConfig
	FunctionAggregate
	FunctionComment
	FunctionSupport // the SUPPORT function
)

func (c FunctionChange) String() string {
	return bitNames(uint32(c), []string{"kind", "argument names", "argument defaults", "result", "language", "body",
		"volatility", "strict", "security", "leakproof", "parallel", "cost", "rows", "config", "aggregate", "comment", "support"})
}

func (AddFunction) isChange()   {}
func (DropFunction) isChange()  {}
func (AlterFunction) isChange() {}

func (c AddFunction) String() string {
	return "add " + c.Function.Kind + " " + c.Function.Signature()
}

func (c DropFunction) String() string {
	return "drop " + c.Function.Kind + " " + c.Function.Signature()
}

func (c AlterFunction) String() string {
	s := "alter " + c.To.Kind + " " + c.To.Signature() + ": " + c.Change.String()
	if c.Change&FunctionComment != 0 {
		s += " (comment " + quoted(c.From.Comment) + " -> " + quoted(c.To.Comment) + ")"
	}
	return s
}

// Replaceable reports whether CREATE OR REPLACE can turn From into To
// (the comment aside): PostgreSQL refuses to change a routine's kind, its
// result type (SETOF and output arguments included), the name of an input
// argument that had one, or to remove argument defaults. An aggregate can
// be replaced when its kind, number of direct arguments, state type and
// final function (hence its result type) stay.
func (c AlterFunction) Replaceable() bool {
	a, b := c.From, c.To
	if a.Kind != b.Kind {
		return false
	}
	if a.Kind == schema.KindAggregate {
		x, y := a.Aggregate, b.Aggregate
		if x == nil || y == nil {
			return x == y
		}
		return x.Kind == y.Kind && x.DirectArgs == y.DirectArgs && x.SType == y.SType && x.FinalFunc == y.FinalFunc &&
			slices.Equal(argNames(a, false), argNames(b, false))
	}
	if a.Returns != b.Returns || a.SetOf != b.SetOf || !slices.Equal(outputArgs(a), outputArgs(b)) {
		return false
	}
	an, bn := argNames(a, true), argNames(b, true)
	for i := range an {
		if i < len(bn) && an[i] != "" && an[i] != bn[i] {
			return false
		}
	}
	return defaultCount(b) >= defaultCount(a)
}

// argNames returns the names of the input arguments (all arguments when
// inputOnly is false).
func argNames(f *schema.Function, inputOnly bool) []string {
	var out []string
	for _, a := range f.Args {
		if !inputOnly || isInput(f, a) {
			out = append(out, a.Name)
		}
	}
	return out
}

func isInput(f *schema.Function, a schema.FunctionArg) bool {
	switch a.Mode {
	case schema.ArgIn, schema.ArgInOut, schema.ArgVariadic:
		return true
	}
	return false
}

// outputArgs lists the output arguments as "mode name type".
func outputArgs(f *schema.Function) []string {
	var out []string
	for _, a := range f.Args {
		if a.Mode == schema.ArgOut || a.Mode == schema.ArgInOut || a.Mode == schema.ArgTable {
			out = append(out, a.Mode+" "+a.Name+" "+a.Type)
		}
	}
	return out
}

func defaultCount(f *schema.Function) int {
	n := 0
	for _, a := range f.Args {
		if a.Default != "" {
			n++
		}
	}
	return n
}

func compareFunctionKeys(a, b *schema.Function) int {
	if c := compareQName(a.QName(), b.QName()); c != 0 {
		return c
	}
	return strings.Compare(a.Signature(), b.Signature())
}

func compareFunctions(list []Change, from, to []*schema.Function) []Change {
	mergeSorted(from, to, compareFunctionKeys, func(a, b *schema.Function, hasA, hasB bool) {
		switch {
		case !hasB:
			list = append(list, DropFunction{a})
		case !hasA:
			list = append(list, AddFunction{b})
		default:
			if ch := functionChange(a, b); ch != 0 {
				list = append(list, AlterFunction{a, b, ch})
			}
		}
	})
	return list
}

func functionChange(a, b *schema.Function) FunctionChange {
	var ch FunctionChange
	set := func(bit FunctionChange, differ bool) {
		if differ {
			ch |= bit
		}
	}
	set(FunctionKind, a.Kind != b.Kind)
	set(FunctionArgNames, !slices.Equal(argNames(a, true), argNames(b, true)))
	set(FunctionArgDefaults, !slices.Equal(argDefaults(a), argDefaults(b)))
	set(FunctionResult, a.Returns != b.Returns || a.SetOf != b.SetOf || !slices.Equal(outputArgs(a), outputArgs(b)))
	set(FunctionLanguage, a.Language != b.Language)
	set(FunctionBody, a.Body != b.Body || a.Library != b.Library || a.SQLBody != b.SQLBody)
	set(FunctionVolatility, a.Volatility != b.Volatility)
	set(FunctionStrict, a.Strict != b.Strict)
	set(FunctionSecurity, a.SecurityDefiner != b.SecurityDefiner)
	set(FunctionLeakproof, a.Leakproof != b.Leakproof)
	set(FunctionParallel, a.Parallel != b.Parallel)
	set(FunctionCost, a.Cost != b.Cost)
	set(FunctionRows, a.Rows != b.Rows)
	set(FunctionConfig, !slices.Equal(a.Config, b.Config))
	set(FunctionAggregate, !equalAggregate(a.Aggregate, b.Aggregate))
	set(FunctionComment, a.Comment != b.Comment)
	set(FunctionSupport, a.Support != b.Support)
	return ch
}

func argDefaults(f *schema.Function) []string {
	var out []string
	for _, a := range f.Args {
		out = append(out, a.Default)
	}
	return out
}

func equalAggregate(a, b *schema.Aggregate) bool {
	if a == nil || b == nil {
		return a == b
	}
	x, y := *a, *b
	if !equalStrPtr(x.InitCond, y.InitCond) || !equalStrPtr(x.MInitCond, y.MInitCond) {
		return false
	}
	x.InitCond, y.InitCond, x.MInitCond, y.MInitCond = nil, nil, nil, nil
	return x == y
}

func equalStrPtr(a, b *string) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// ObjectName returns the function's signature, e.g. "public.f(integer)".
func (c AddFunction) ObjectName() string { return c.Function.Signature() }

// ObjectName returns the function's signature.
func (c DropFunction) ObjectName() string { return c.Function.Signature() }

// ObjectName returns the function's signature.
func (c AlterFunction) ObjectName() string { return c.To.Signature() }
