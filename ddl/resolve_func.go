package ddl

import (
	_ "embed"
	"strings"
)

//go:embed catalog_functions.txt
var catalogFunctionList string

// catalogFunctions holds the name of every function in pg_catalog.
var catalogFunctions = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(catalogFunctionList, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}()

// isCatalogFunction reports whether name is a function of pg_catalog, which
// PostgreSQL always prints unqualified.
func isCatalogFunction(name string) bool { return catalogFunctions[name] }

// functionSchema implements functionResolver. The parser models no
// functions yet, so a call outside pg_catalog is taken to be an extension's:
// the first schema of search_path holding an installed extension that has a
// function of that name (extension_functions.txt), or else the first schema
// of the path that holds any installed extension, which is where CREATE
// EXTENSION put its functions. It returns "" when no schema of the path
// holds one (PostgreSQL would reject the call).
func (st *state) functionSchema(name string) string {
	if isCatalogFunction(name) {
		return ""
	}
	path := st.path()
	for _, s := range path {
		if st.hasFunction(s, name) {
			return s
		}
		for _, f := range extensionFuncs[name] {
			if e := st.exts[f.ext]; e != nil && e.Schema == s {
				return s
			}
		}
	}
	for _, s := range path {
		for _, e := range st.exts {
			if e.Schema == s {
				return s
			}
		}
	}
	return ""
}

// extensionSchema implements extensionResolver.
func (st *state) extensionSchema(ext string) string {
	if e := st.exts[ext]; e != nil {
		return e.Schema
	}
	return ""
}
