package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/hcl"
	"github.com/stratadb/strata/schema"
)

// hclVarsKey is the context key of the --var values.
type hclVarsKey struct{}

// takeVars removes the --var name=value (and --var=name=value) arguments
// before "--" from args and returns the values in ctx, for the HCL files
// any command reads. Every command accepts --var this way.
func takeVars(ctx context.Context, args []string) (context.Context, []string, error) {
	var rest []string
	vars := map[string]string{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i:]...)
			break
		}
		var kv string
		switch {
		case a == "--var" || a == "-var":
			if i+1 >= len(args) {
				return ctx, nil, &usageError{msg: "flag needs an argument: --var name=value"}
			}
			kv = args[i+1]
			i++
		case strings.HasPrefix(a, "--var="), strings.HasPrefix(a, "-var="):
			_, kv, _ = strings.Cut(a, "=")
		default:
			rest = append(rest, a)
			continue
		}
		name, value, ok := strings.Cut(kv, "=")
		if !ok || name == "" {
			return ctx, nil, &usageError{msg: fmt.Sprintf("invalid --var %q: want name=value", kv)}
		}
		vars[name] = value
	}
	if len(vars) > 0 {
		ctx = context.WithValue(ctx, hclVarsKey{}, vars)
	}
	return ctx, rest, nil
}

// hclVars returns the --var values carried by ctx.
func hclVars(ctx context.Context) map[string]string {
	v, _ := ctx.Value(hclVarsKey{}).(map[string]string)
	return v
}

// hclSources lists the .hcl files at path and says whether .sql files are
// there too (a directory may mix both).
func hclSources(path string) (hclFiles []string, hasSQL bool, err error) {
	info, err := os.Stat(path)
	if err != nil {
		// Not there: the SQL reader reports it, as it always has.
		return nil, true, nil
	}
	if !info.IsDir() {
		if strings.HasSuffix(path, ".hcl") {
			return []string{path}, false, nil
		}
		return nil, true, nil
	}
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch {
		case d.IsDir():
		case strings.HasSuffix(d.Name(), ".hcl"):
			hclFiles = append(hclFiles, p)
		case strings.HasSuffix(d.Name(), ".sql"):
			hasSQL = true
		}
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("reading directory %s: %w", path, err)
	}
	return hclFiles, hasSQL, nil
}

// loadHCL reads the HCL files (and, in a mixed directory, the SQL files
// after them) at path. The HCL model is rendered as SQL and read back with
// ddl, so that expressions, types and defaults take the canonical form a
// database would show (a hand-written check "a > 0" is "(a > 0)"); role
// is the role that applies them (ddl.Options.Role).
func loadHCL(ctx context.Context, path, role string, files []string, withSQL bool) (*ddl.Result, error) {
	db, err := hcl.ParseFiles(hcl.Options{Vars: hclVars(ctx)}, files...)
	if err != nil {
		return nil, err
	}
	script := "-- rendered from the HCL files in " + path + "\n" + ddl.Render(db)
	asSQL := path + " (as SQL)"
	if !withSQL {
		res, err := ddl.ParseSQL(ddl.Options{Role: role}, asSQL, script)
		if err != nil {
			return nil, explainRendered(err, asSQL, asSQL, script)
		}
		return res, nil
	}
	dir, err := os.MkdirTemp("", "strata-hcl-")
	if err != nil {
		return nil, fmt.Errorf("reading HCL: %w", err)
	}
	defer os.RemoveAll(dir)
	rendered := filepath.Join(dir, "hcl-files.sql")
	if err := os.WriteFile(rendered, []byte(script), 0o600); err != nil {
		return nil, fmt.Errorf("reading HCL: %w", err)
	}
	// The HCL objects come first; the SQL files may build on them.
	res, err := ddl.ParseFiles(ddl.Options{Role: role}, rendered, path)
	if err != nil {
		return nil, explainRendered(err, rendered, asSQL, script)
	}
	return res, nil
}

// explainRendered rewrites the errors ddl found in the SQL rendered from
// HCL files (file name rendered): their position is in that SQL, so they
// are named name and quote the line of SQL they are about, which shows the
// HCL attribute (an expression, a type) that PostgreSQL would reject.
// Errors in the user's own .sql files are kept as they are.
func explainRendered(err error, rendered, name, script string) error {
	var list ddl.ErrorList
	if !errors.As(err, &list) {
		return err
	}
	lines := strings.Split(script, "\n")
	out := make(ddl.ErrorList, len(list))
	for i, e := range list {
		if e.Pos.File != rendered {
			out[i] = e
			continue
		}
		msg := e.Msg
		if n := e.Pos.Line; n >= 1 && n <= len(lines) {
			msg += fmt.Sprintf(" (in the SQL the HCL declares: %s)", strings.TrimSpace(lines[n-1]))
		}
		out[i] = &ddl.Error{Pos: ddl.Pos{File: name, Line: e.Pos.Line, Col: e.Pos.Col}, Msg: msg}
	}
	return out
}

// devSources returns the files --dev-url loads for path: path itself when
// it holds no .hcl file; otherwise the SQL rendered from its HCL files (in
// a temporary file, removed by cleanup), followed by path when .sql files
// are there too. explain rewrites an error of the load so that it names
// the HCL files instead of the temporary file.
func devSources(ctx context.Context, path string) (paths []string, explain func(error) error, cleanup func(), err error) {
	none := func(err error) error { return err }
	hclFiles, hasSQL, err := hclSources(path)
	if err != nil || len(hclFiles) == 0 {
		return []string{path}, none, func() {}, err
	}
	db, err := hcl.ParseFiles(hcl.Options{Vars: hclVars(ctx)}, hclFiles...)
	if err != nil {
		return nil, none, func() {}, err
	}
	dir, err := os.MkdirTemp("", "strata-hcl-")
	if err != nil {
		return nil, none, func() {}, fmt.Errorf("reading HCL: %w", err)
	}
	cleanup = func() { os.RemoveAll(dir) }
	script := "-- rendered from the HCL files in " + path + "\n" + ddl.Render(db)
	rendered := filepath.Join(dir, "hcl-files.sql")
	if err := os.WriteFile(rendered, []byte(script), 0o600); err != nil {
		cleanup()
		return nil, none, func() {}, fmt.Errorf("reading HCL: %w", err)
	}
	paths = []string{rendered}
	if hasSQL {
		paths = append(paths, path)
	}
	explain = func(err error) error { return explainRendered(err, rendered, path+" (as SQL)", script) }
	return paths, explain, cleanup, nil
}

// writeHCL is inspect --format hcl.
func writeHCL(db *schema.Database) ([]byte, error) {
	return hcl.Write(db)
}
