package ddl

import (
	_ "embed"
	"strings"

	"github.com/stratadb/strata/schema"
)

//go:embed extension_functions.txt
var extensionFunctionList string

// extFunc is one function of a contrib extension, as listed in
// extension_functions.txt (see gen_extension_functions.sh).
type extFunc struct {
	ext      string
	params   []string // format_type spellings; "@ext.type" for an extension's type
	result   string
	variadic bool
}

// extensionFuncs maps a function name to the extension functions of that
// name.
var extensionFuncs = func() map[string][]extFunc {
	m := map[string][]extFunc{}
	for _, l := range strings.Split(extensionFunctionList, "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 4 {
			continue
		}
		fn := extFunc{ext: f[0], result: strings.TrimPrefix(f[3], "setof ")}
		if f[2] != "" {
			fn.params = strings.Split(f[2], ",")
		}
		if n := len(fn.params); n > 0 && strings.HasPrefix(fn.params[n-1], "variadic ") {
			fn.params[n-1] = strings.TrimPrefix(fn.params[n-1], "variadic ")
			fn.variadic = true
		}
		m[f[1]] = append(m[f[1]], fn)
	}
	return m
}()

// extensionResolver is implemented by resolvers that know where the
// extensions of the database are installed.
type extensionResolver interface {
	// extensionSchema returns the schema extension ext is installed in,
	// or "" when it is not installed.
	extensionSchema(ext string) string
}

// extensionSigs returns the signatures of the extension functions called
// name that schema schemaName holds. With a resolver that knows the
// extensions (a user's file), only extensions installed in schemaName
// count; without one (PostgreSQL's printout, where the call is already
// resolved and qualified), every extension function of that name is taken
// to be in schemaName, and so are the types of other extensions it uses.
func (a *analyzer) extensionSigs(schemaName, name string) []funcSig {
	fns := extensionFuncs[name]
	if len(fns) == 0 {
		return nil
	}
	er, _ := a.names().(extensionResolver)
	where := func(ext string) string {
		if er == nil {
			return schemaName
		}
		return er.extensionSchema(ext)
	}
	var out []funcSig
next:
	for _, fn := range fns {
		if where(fn.ext) != schemaName {
			continue
		}
		s := funcSig{variadic: fn.variadic}
		for _, p := range fn.params {
			t := extType(p, where)
			if t == "" {
				continue next
			}
			s.params = append(s.params, t)
		}
		if s.result = extType(fn.result, where); s.result == "" {
			continue
		}
		out = append(out, s)
	}
	return out
}

// extensionOp analyzes "l op r" for an operator of an installed extension
// (hstore's ?, ->, ...): the operands are coerced to its parameter types.
// schemaName is the operator's qualification (PostgreSQL prints
// OPERATOR(public.?)), "" when unqualified; an unqualified operator is
// looked up only through a resolver that knows the extensions. It returns
// the operands unchanged and an empty result type when no operator fits.
func (a *analyzer) extensionOp(schemaName, op string, l, r typed) (typed, typed, string) {
	er, _ := a.names().(extensionResolver)
	where := func(ext string) string {
		if er != nil {
			return er.extensionSchema(ext)
		}
		return schemaName
	}
	var sigs []funcSig
next:
	for _, fn := range extensionFuncs["operator "+op] {
		s := where(fn.ext)
		if len(fn.params) != 2 || s == "" || (schemaName != "" && s != schemaName) {
			continue
		}
		sig := funcSig{}
		for _, p := range fn.params {
			t := extType(p, where)
			if t == "" || strings.HasPrefix(t, "any") {
				continue next
			}
			sig.params = append(sig.params, t)
		}
		if sig.result = extType(fn.result, where); sig.result == "" {
			continue
		}
		sigs = append(sigs, sig)
	}
	if s, ok := chooseSig(sigs, []typed{l, r}); ok {
		return a.coerce(l, s.params[0]), a.coerce(r, s.params[1]), s.result
	}
	return l, r, ""
}

// extType turns a type spelling of extension_functions.txt into the
// analyzer's canonical base type, or "" when it names a type of an
// extension that is not installed.
func extType(p string, where func(ext string) string) string {
	array := strings.HasSuffix(p, "[]")
	p = strings.TrimSuffix(p, "[]")
	switch {
	case strings.HasPrefix(p, "@"):
		ext, typ, _ := strings.Cut(p[1:], ".")
		s := where(ext)
		if s == "" {
			return ""
		}
		p = schema.QuoteIdent(s) + "." + schema.QuoteIdent(typ)
	case p == "character":
		p = tBpchar
	case p == "bit":
		p = tBit
	case p == "anyelement", p == "anyarray", p == "any", p == `"any"`:
		p = strings.Trim(p, `"`)
	}
	if array {
		p += "[]"
	}
	return p
}
