package inspect

import (
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

// queryFiles holds the catalog queries: queries.sql for tables and the
// objects they use, and one queries_<kind>.sql file per further object kind.
//
//go:embed queries*.sql
var queryFiles embed.FS

// queryVariant is one variant of a named catalog query: its SQL and the
// first server major it is meant for.
type queryVariant struct {
	sinceMajor int
	sql        string
}

// catalog holds every named query of queries.sql, parsed once at start-up.
var catalog = mustParseQueries(queryFiles)

// mustParseQueries splits every queries*.sql file of files into named
// queries and panics on a malformed file or a name defined in two files,
// which are programming errors caught by any test.
func mustParseQueries(files fs.FS) map[string][]queryVariant {
	names, err := fs.Glob(files, "queries*.sql")
	if err != nil {
		panic("inspect: " + err.Error())
	}
	all := map[string][]queryVariant{}
	for _, name := range names {
		text, err := fs.ReadFile(files, name)
		if err != nil {
			panic("inspect: " + err.Error())
		}
		qs, err := parseQueries(string(text))
		if err != nil {
			panic("inspect: " + name + ": " + err.Error())
		}
		for n, vs := range qs {
			if _, dup := all[n]; dup {
				panic("inspect: " + name + ": query " + n + " is defined in another queries file too")
			}
			all[n] = vs
		}
	}
	return all
}

// parseQueries splits text at lines "-- name: NAME" or "-- name: NAME
// (MAJOR)". Comment lines inside a query are kept (PostgreSQL ignores them).
func parseQueries(text string) (map[string][]queryVariant, error) {
	qs := map[string][]queryVariant{}
	var name string
	var since int
	var body strings.Builder
	flush := func() {
		if name != "" {
			qs[name] = append(qs[name], queryVariant{since, strings.TrimSpace(body.String())})
		}
		body.Reset()
	}
	for i, line := range strings.Split(text, "\n") {
		rest, ok := strings.CutPrefix(line, "-- name:")
		if !ok {
			if name != "" {
				body.WriteString(line)
				body.WriteByte('\n')
			}
			continue
		}
		flush()
		rest = strings.TrimSpace(rest)
		name, since = rest, 13
		if n, v, ok := strings.Cut(rest, " "); ok {
			v = strings.TrimSpace(v)
			if !strings.HasPrefix(v, "(") || !strings.HasSuffix(v, ")") {
				return nil, fmt.Errorf("line %d: want \"-- name: NAME\" or \"-- name: NAME (MAJOR)\", got %q", i+1, line)
			}
			m, err := strconv.Atoi(v[1 : len(v)-1])
			if err != nil {
				return nil, fmt.Errorf("line %d: bad major version in %q", i+1, line)
			}
			name, since = n, m
		}
	}
	flush()
	for n, vs := range qs {
		for _, v := range vs {
			if v.sql == "" {
				return nil, fmt.Errorf("query %s (%d) is empty", n, v.sinceMajor)
			}
		}
	}
	return qs, nil
}

// query returns the SQL of the named query for a server of the given major
// version: the variant with the highest sinceMajor not above major.
func query(name string, major int) (string, error) {
	best := -1
	var sql string
	for _, v := range catalog[name] {
		if v.sinceMajor <= major && v.sinceMajor > best {
			best, sql = v.sinceMajor, v.sql
		}
	}
	if best < 0 {
		return "", fmt.Errorf("no catalog query %q for PostgreSQL %d", name, major)
	}
	return sql, nil
}
