package schema

import (
	"slices"
	"strings"
)

// Function kinds, as stored in Function.Kind (pg_proc.prokind).
const (
	KindFunction  = "function"
	KindProcedure = "procedure"
	KindAggregate = "aggregate"
	KindWindow    = "window"
)

// Argument modes, as stored in FunctionArg.Mode (pg_proc.proargmodes).
const (
	ArgIn       = "in"
	ArgOut      = "out"
	ArgInOut    = "inout"
	ArgVariadic = "variadic"
	ArgTable    = "table"
)

// Function is a function, procedure or aggregate (a pg_proc row): CREATE
// FUNCTION, CREATE PROCEDURE or CREATE AGGREGATE. Overloads are distinct
// objects, identified by Signature. Every attribute holds its effective
// value, PostgreSQL's defaults resolved as pg_proc stores them.
type Function struct {
	// Schema is the schema the function lives in.
	Schema string `json:"schema"`
	// Name is the function name.
	Name string `json:"name"`
	// Kind is KindFunction, KindProcedure, KindAggregate or KindWindow.
	Kind string `json:"kind"`
	// Args are all the arguments in declaration order, output arguments
	// and RETURNS TABLE columns (mode ArgTable) included.
	Args []FunctionArg `json:"args,omitempty"`
	// Returns is the result type as format_type prints it ("integer",
	// "record" for several output arguments or RETURNS TABLE, "trigger",
	// "void"); empty for procedures without output arguments ("void") and
	// for aggregates (their result follows from State and FinalFunc).
	Returns string `json:"returns,omitempty"`
	// SetOf is true for RETURNS SETOF and RETURNS TABLE.
	SetOf bool `json:"setof,omitempty"`
	// Language is the language name, e.g. "sql", "plpgsql", "c",
	// "internal"; empty for aggregates.
	Language string `json:"language,omitempty"`
	// Body is the function's source (pg_proc.prosrc) kept verbatim: the
	// text between the quotes of AS '...', or the link symbol of a C
	// function. Empty for SQL-standard bodies and aggregates.
	Body string `json:"body,omitempty"`
	// Library is the object file of a C function (pg_proc.probin).
	Library string `json:"library,omitempty"`
	// SQLBody is a SQL-standard body (RETURN expr or BEGIN ATOMIC ...
	// END), re-printed by one deparser from what the user wrote or what
	// pg_get_function_sqlbody prints. Empty otherwise.
	SQLBody string `json:"sql_body,omitempty"`
	// Volatility is "immutable", "stable" or "volatile"; empty for
	// aggregates.
	Volatility string `json:"volatility,omitempty"`
	// Strict is true for STRICT (RETURNS NULL ON NULL INPUT).
	Strict bool `json:"strict,omitempty"`
	// SecurityDefiner is true for SECURITY DEFINER.
	SecurityDefiner bool `json:"security_definer,omitempty"`
	// Leakproof is true for LEAKPROOF.
	Leakproof bool `json:"leakproof,omitempty"`
	// Parallel is "safe", "restricted" or "unsafe".
	Parallel string `json:"parallel"`
	// Cost is the estimated execution cost (COST), 0 for aggregates.
	Cost float64 `json:"cost,omitempty"`
	// Rows is the estimated number of rows of a set-returning function
	// (ROWS), 0 otherwise.
	Rows float64 `json:"rows,omitempty"`
	// Support is the planner support function (SUPPORT, pg_proc.prosupport),
	// whose signature is always (internal), printed as regproc does with an
	// empty search_path: unqualified in pg_catalog ("textlike_support"),
	// schema-qualified elsewhere ("public.my_support"); empty when none.
	Support string `json:"support,omitempty"`
	// Config are the SET clauses as pg_proc.proconfig holds them,
	// "name=value", in declaration order.
	Config []string `json:"config,omitempty"`
	// Aggregate holds the pg_aggregate row of an aggregate; nil otherwise.
	Aggregate *Aggregate `json:"aggregate,omitempty"`
	// Comment is the COMMENT ON FUNCTION text; empty when there is none.
	Comment string `json:"comment,omitempty"`
	// Grants are the privileges granted on the function (see Grant).
	Grants []Grant `json:"grants,omitempty"`
	// Revokes are the default privileges revoked (EXECUTE to PUBLIC).
	Revokes []Grant `json:"revokes,omitempty"`
}

// FunctionArg is one argument of a function.
type FunctionArg struct {
	// Mode is ArgIn, ArgOut, ArgInOut, ArgVariadic or ArgTable.
	Mode string `json:"mode"`
	// Name is the argument name; empty when it has none.
	Name string `json:"name,omitempty"`
	// Type is the type as format_type prints it without a type modifier.
	Type string `json:"type"`
	// Default is the canonical DEFAULT expression of an input argument;
	// empty when there is none.
	Default string `json:"default,omitempty"`
}

// Aggregate is what pg_aggregate stores about an aggregate. Function names
// are printed as regproc does with an empty search_path: unqualified in
// pg_catalog, schema-qualified elsewhere.
type Aggregate struct {
	// Kind is "normal", "ordered" (ordered-set) or "hypothetical".
	Kind string `json:"kind"`
	// DirectArgs is the number of direct arguments of an ordered-set
	// aggregate.
	DirectArgs int `json:"direct_args,omitempty"`
	// SFunc is the state transition function.
	SFunc string `json:"sfunc"`
	// SType is the state type (format_type spelling).
	SType string `json:"stype"`
	// SSpace is the state's average size (SSPACE), 0 for the default.
	SSpace int `json:"sspace,omitempty"`
	// FinalFunc is the final function; empty when there is none.
	FinalFunc string `json:"finalfunc,omitempty"`
	// FinalExtra is true for FINALFUNC_EXTRA.
	FinalExtra bool `json:"finalfunc_extra,omitempty"`
	// FinalModify is "read_only", "shareable" or "read_write".
	FinalModify string `json:"finalfunc_modify"`
	// CombineFunc is the combine function; empty when there is none.
	CombineFunc string `json:"combinefunc,omitempty"`
	// SerialFunc is the serialization function; empty when none.
	SerialFunc string `json:"serialfunc,omitempty"`
	// DeserialFunc is the deserialization function; empty when none.
	DeserialFunc string `json:"deserialfunc,omitempty"`
	// InitCond is the initial state value as text (INITCOND); nil when
	// there is none.
	InitCond *string `json:"initcond,omitempty"`
	// MSFunc is the moving-aggregate transition function; empty when none.
	MSFunc string `json:"msfunc,omitempty"`
	// MInvFunc is the moving-aggregate inverse transition function.
	MInvFunc string `json:"minvfunc,omitempty"`
	// MSType is the moving-aggregate state type; empty when none.
	MSType string `json:"mstype,omitempty"`
	// MSSpace is the moving-aggregate state size, 0 for the default.
	MSSpace int `json:"msspace,omitempty"`
	// MFinalFunc is the moving-aggregate final function.
	MFinalFunc string `json:"mfinalfunc,omitempty"`
	// MFinalExtra is true for MFINALFUNC_EXTRA.
	MFinalExtra bool `json:"mfinalfunc_extra,omitempty"`
	// MFinalModify is "read_only", "shareable" or "read_write".
	MFinalModify string `json:"mfinalfunc_modify"`
	// MInitCond is the moving-aggregate initial state; nil when none.
	MInitCond *string `json:"minitcond,omitempty"`
	// SortOp is the sort operator (SORTOP) as regoperator prints it,
	// e.g. "<(integer,integer)"; empty when there is none.
	SortOp string `json:"sortop,omitempty"`
}

// QName returns the function's qualified name.
func (f *Function) QName() QName { return QName{f.Schema, f.Name} }

// IdentityArgs returns the argument types that identify the function
// among its overloads, as pg_get_function_identity_arguments lists them
// without names: the input arguments (IN, INOUT, VARIADIC), and for
// procedures the output ones too.
func (f *Function) IdentityArgs() []string {
	var out []string
	for _, a := range f.Args {
		switch a.Mode {
		case ArgIn, ArgInOut, ArgVariadic:
			out = append(out, a.Type)
		case ArgOut:
			if f.Kind == KindProcedure {
				out = append(out, a.Type)
			}
		}
	}
	return out
}

// Signature returns the function's identity, e.g.
// "public.f(integer, text)": its qualified name and identity argument
// types. Overloads have different signatures. For an ordered-set
// aggregate the direct and aggregated arguments are separated by "ORDER
// BY", as in the catalog's identity.
func (f *Function) Signature() string {
	args := f.IdentityArgs()
	if a := f.Aggregate; a != nil && a.Kind != "normal" && a.Kind != "" {
		n := a.DirectArgs
		if n > len(args) {
			n = len(args)
		}
		direct := strings.Join(args[:n], ", ")
		rest := strings.Join(args[n:], ", ")
		if direct == "" {
			return f.QName().String() + "(ORDER BY " + rest + ")"
		}
		return f.QName().String() + "(" + direct + " ORDER BY " + rest + ")"
	}
	if f.Kind == KindAggregate && len(args) == 0 {
		return f.QName().String() + "(*)"
	}
	return f.QName().String() + "(" + strings.Join(args, ", ") + ")"
}

// normalizeFunctions sorts the functions by qualified name, then
// signature.
func normalizeFunctions(db *Database) {
	slices.SortFunc(db.Functions, func(a, b *Function) int {
		if c := compareQName(a.QName(), b.QName()); c != 0 {
			return c
		}
		return strings.Compare(a.Signature(), b.Signature())
	})
	db.Functions = nilIfEmpty(db.Functions)
	for _, f := range db.Functions {
		f.Args = nilIfEmpty(f.Args)
		f.Config = nilIfEmpty(f.Config)
	}
}
