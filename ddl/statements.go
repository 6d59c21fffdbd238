package ddl

import (
	"fmt"
	"os"

	pg_query "github.com/pganalyze/pg_query_go/v6"
)

// Statement is one SQL statement of a file, as a server runs it.
type Statement struct {
	// SQL is the statement's text, without the final semicolon.
	SQL string
	// Pos is where the statement starts.
	Pos Pos
}

// SplitFiles reads the SQL files or directories at paths the way
// ParseFiles does (directories recursively, files in path order) and
// splits them into statements, leaving out psql meta-commands (lines that
// start with a backslash). It is what loading the files into a database
// runs; a syntax error is an ErrorList with the position.
func SplitFiles(paths ...string) ([]Statement, error) {
	files, err := sqlFiles(paths)
	if err != nil {
		return nil, err
	}
	var out []Statement
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("reading SQL: %w", err)
		}
		p := newParser(Options{})
		p.name, p.src = f, string(data)
		src := p.blankMetaCommands(p.src)
		tree, err := pg_query.Parse(src)
		if err != nil {
			return nil, ErrorList{p.syntaxError(err)}
		}
		for _, raw := range tree.Stmts {
			start := skipSpace(src, int(raw.StmtLocation))
			end := int(raw.StmtLocation + raw.StmtLen)
			if raw.StmtLen == 0 {
				end = len(src)
			}
			if start >= end {
				continue
			}
			out = append(out, Statement{SQL: src[start:end], Pos: p.pos(start)})
		}
	}
	return out, nil
}
