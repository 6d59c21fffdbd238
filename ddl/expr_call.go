package ddl

import (
	"strings"

	pg_query "github.com/pganalyze/pg_query_go/v6"
)

// funcCall analyzes a function call: built-ins lose a pg_catalog
// qualification, one-argument calls named after a type are casts, and the
// arguments of known built-ins are coerced to the chosen overload.
func (a *analyzer) funcCall(fc *pg_query.FuncCall) (typed, error) {
	var parts []string
	for _, n := range fc.Funcname {
		if s := n.GetString_(); s != nil {
			parts = append(parts, s.Sval)
		}
	}
	if len(parts) == 2 && parts[0] == "pg_catalog" {
		parts = parts[1:]
	}
	if len(parts) == 1 && !isCatalogFunction(parts[0]) {
		// PostgreSQL prints a function outside pg_catalog qualified
		// (search_path is empty when it prints): qualify it the way
		// search_path found it when the statement ran.
		if fr, ok := a.names().(functionResolver); ok {
			if s := fr.functionSchema(parts[0]); s != "" {
				parts = []string{s, parts[0]}
			}
		}
	}
	out := &pg_query.FuncCall{
		Args: make([]*pg_query.Node, len(fc.Args)), AggOrder: fc.AggOrder, AggFilter: fc.AggFilter,
		Over: fc.Over, AggWithinGroup: fc.AggWithinGroup, AggStar: fc.AggStar, AggDistinct: fc.AggDistinct,
		FuncVariadic: fc.FuncVariadic, Funcformat: fc.Funcformat, Location: -1,
	}
	for _, p := range parts {
		out.Funcname = append(out.Funcname, pg_query.MakeStrNode(p))
	}
	if len(parts) == 1 && len(fc.Args) == 1 && castFuncs[parts[0]] && fc.Funcformat != pg_query.CoercionForm_COERCE_SQL_SYNTAX {
		tn := &pg_query.TypeName{Names: []*pg_query.Node{pg_query.MakeStrNode(parts[0])}, Typemod: -1}
		return a.typeCast(&pg_query.TypeCast{Arg: fc.Args[0], TypeName: tn})
	}
	args := make([]typed, len(fc.Args))
	for i, n := range fc.Args {
		v, err := a.expr(n)
		if err != nil {
			return typed{}, err
		}
		args[i] = v
	}
	res := ""
	var sigs []funcSig
	switch len(parts) {
	case 1:
		sigs = builtinFuncs[parts[0]]
		if sigs == nil {
			sigs = queryFuncs[parts[0]]
		}
	case 2:
		// An extension's function: a string literal argument takes the
		// parameter's type ('bf'::text) as PostgreSQL prints it. A call
		// to a function this package does not know keeps its arguments
		// as written.
		sigs = a.extensionSigs(parts[0], parts[1])
		if uf, ok := a.names().(userFunctionResolver); ok && sigs == nil && !fc.FuncVariadic {
			sigs = uf.userFuncSigs(parts[0], parts[1])
		}
	}
	if s, ok := chooseSig(sigs, a.domainsReduced(args)); ok {
		if !strings.HasPrefix(s.result, "any") {
			res = s.result
		}
		for i := range args {
			p := s.params[min(i, len(s.params)-1)]
			switch p {
			case "any":
			case "anyarray":
			case "anyelement":
				if isArray(args[0].t) {
					args[i] = a.coerce(args[i], elemType(args[0].t))
				}
			default:
				args[i] = a.coerce(args[i], p)
			}
		}
	}
	for i, v := range args {
		out.Args[i] = v.n
	}
	return typed{n: &pg_query.Node{Node: &pg_query.Node_FuncCall{FuncCall: out}}, t: res}, nil
}

// chooseSig picks the overload PostgreSQL's func_select_candidate would:
// every argument must match exactly, be an untyped literal, or cast
// implicitly; the candidate with the most exact matches wins, then the one
// taking string types (text best) for untyped literals, then the first
// listed.
func chooseSig(sigs []funcSig, args []typed) (funcSig, bool) {
	best, bestScore, bestPref := funcSig{}, -1, -1
	for _, s := range sigs {
		if len(args) != len(s.params) && !(s.variadic && len(args) >= len(s.params)-1) {
			continue
		}
		score, ok := 0, true
		for i, v := range args {
			p := s.params[min(i, len(s.params)-1)]
			at := baseOrEmpty(v.t)
			switch {
			case p == "any" || p == "anyelement":
			case p == "anyarray":
				if at != tUnknown && !isArray(at) {
					ok = false
				}
			case at == "":
				ok = false
			case at == tUnknown:
			case at == p:
				score++
			case implicitCast(at, p):
			default:
				ok = false
			}
		}
		if !ok {
			continue
		}
		// Ties go to the candidate taking more string types (text first)
		// where the argument is an untyped literal, as
		// func_select_candidate prefers the string category and its
		// preferred type for unknown inputs.
		pref := 0
		for i, v := range args {
			p := s.params[min(i, len(s.params)-1)]
			if v.t == tUnknown && isString(p) {
				pref++
				if p == tText {
					pref++
				}
			}
		}
		if score > bestScore || score == bestScore && pref > bestPref {
			best, bestScore, bestPref = s, score, pref
		}
	}
	return best, bestScore >= 0
}
