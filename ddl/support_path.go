package ddl

import (
	_ "embed"
	"slices"
	"strings"
)

//go:embed catalog_internal_functions.txt
var catalogInternalFunctionList string

// catalogInternalFunctions maps the name of each pg_catalog function that
// takes one argument of type internal to whether it returns internal
// (catalog_internal_functions.txt): the functions an unqualified SUPPORT
// name finds in pg_catalog.
var catalogInternalFunctions = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(catalogInternalFunctionList, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			name, ret, _ := strings.Cut(l, " ")
			m[name] = ret == "internal"
		}
	}
	return m
}()

// supportPath returns the schemas PostgreSQL searches for an unqualified
// function name, in order: pg_catalog first unless search_path names it,
// then the existing schemas of search_path (see path), with pg_catalog at
// its place where search_path names it.
func (st *state) supportPath() []string {
	var out []string
	if !slices.Contains(st.searchPath, "pg_catalog") {
		out = append(out, "pg_catalog")
	}
	for _, s := range st.searchPath {
		if s == "$user" {
			s = st.user
		}
		if (s == "pg_catalog" || st.schemas[s] != nil) && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
