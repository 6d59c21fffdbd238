package ddl

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/internal/pgtest"
)

// exprCase is one line of a testdata/expr file.
type exprCase struct {
	line   int
	kind   string // default, check, index, predicate, generated
	column string // default: the column; generated: the type
	expr   string
	// since is the oldest major the case holds on (0: every one), from a
	// leading "pgN+" word: PostgreSQL 13 prints some expressions
	// differently (EXTRACT was date_part then), and the canonical form
	// follows 14 and later.
	since int
}

// exprGroup is a table and the cases run against it.
type exprGroup struct {
	setup   string // statements run before the table (types, sequences)
	columns string
	cases   []exprCase
}

// readExprFile parses the format documented at the top of
// testdata/expr/basics.txt.
func readExprFile(t *testing.T, path string) []*exprGroup {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var groups []*exprGroup
	setup := ""
	for i, raw := range strings.Split(string(data), "\n") {
		line := strings.TrimSpace(raw)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		head, rest, ok := strings.Cut(line, ":")
		if !ok {
			t.Fatalf("%s:%d: want \"kind: expression\"", path, i+1)
		}
		rest = strings.TrimSpace(rest)
		f := strings.Fields(head)
		switch {
		case f[0] == "setup":
			setup += rest + "\n"
			continue
		case f[0] == "table":
			groups = append(groups, &exprGroup{setup: setup, columns: rest})
			setup = ""
			continue
		}
		if len(groups) == 0 {
			t.Fatalf("%s:%d: case before the first table:", path, i+1)
		}
		c := exprCase{line: i + 1, expr: rest}
		if v, ok := strings.CutPrefix(f[0], "pg"); ok && strings.HasSuffix(v, "+") {
			n, err := strconv.Atoi(strings.TrimSuffix(v, "+"))
			if err != nil || len(f) < 2 {
				t.Fatalf("%s:%d: want \"pgN+ kind: expression\"", path, i+1)
			}
			c.since, f = n, f[1:]
		}
		c.kind = f[0]
		switch f[0] {
		case "default", "generated":
			if len(f) < 2 {
				t.Fatalf("%s:%d: %s needs a column or type", path, i+1, f[0])
			}
			c.column = strings.Join(f[1:], " ")
		case "check", "index", "predicate":
		default:
			t.Fatalf("%s:%d: unknown kind %q", path, i+1, f[0])
		}
		g := groups[len(groups)-1]
		g.cases = append(g.cases, c)
	}
	return groups
}

// parseExpr parses one scalar expression.
func parseExpr(t *testing.T, expr string) *pg_query.Node {
	t.Helper()
	tree, err := pg_query.Parse("SELECT " + expr)
	if err != nil {
		t.Fatalf("parsing %q: %v", expr, err)
	}
	return tree.Stmts[0].Stmt.GetSelectStmt().TargetList[0].GetResTarget().Val
}

// errNoDefault says that PostgreSQL stored no default for a default case.
var errNoDefault = errors.New("PostgreSQL stored no default")

// printedExpr runs case c against the table public.t and returns the
// expression as PostgreSQL prints it back, and the target type.
func printedExpr(ctx context.Context, db *pgtest.DB, c exprCase, i int, columns map[string]string) (node *pg_query.Node, target string, err error) {
	conn := db.Conn
	var sql string
	// The case runs with the usual search_path; its printout is read with
	// an empty one, as the inspector does.
	if _, err := conn.Exec(ctx, "SET search_path = public"); err != nil {
		return nil, "", err
	}
	defer conn.Exec(ctx, "SET search_path = ''")
	column := strings.Trim(c.column, `"`)
	switch c.kind {
	case "default":
		target = columns[column]
		if _, err = conn.Exec(ctx, fmt.Sprintf("ALTER TABLE public.t ALTER COLUMN %s SET DEFAULT %s", c.column, c.expr)); err != nil {
			return nil, "", err
		}
		if _, err = conn.Exec(ctx, "SET search_path = ''"); err != nil {
			return nil, "", err
		}
		err = conn.QueryRow(ctx, `SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef a JOIN pg_attribute t ON t.attrelid = a.adrelid AND t.attnum = a.adnum
			WHERE adrelid = 'public.t'::regclass AND attname = $1`, column).Scan(&sql)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, target, errNoDefault
		}
	case "generated":
		col := fmt.Sprintf("g%d", i)
		if _, err = conn.Exec(ctx, fmt.Sprintf("ALTER TABLE public.t ADD COLUMN %s %s GENERATED ALWAYS AS (%s) STORED", col, c.column, c.expr)); err != nil {
			return nil, "", err
		}
		if _, err = conn.Exec(ctx, "SET search_path = ''"); err != nil {
			return nil, "", err
		}
		err = conn.QueryRow(ctx, `SELECT pg_get_expr(adbin, adrelid), format_type(t.atttypid, t.atttypmod) FROM pg_attrdef a JOIN pg_attribute t ON t.attrelid = a.adrelid AND t.attnum = a.adnum
			WHERE adrelid = 'public.t'::regclass AND attname = $1`, col).Scan(&sql, &target)
	case "check":
		target = "boolean"
		name := fmt.Sprintf("c%d", i)
		if _, err = conn.Exec(ctx, fmt.Sprintf("ALTER TABLE public.t ADD CONSTRAINT %s CHECK (%s)", name, c.expr)); err != nil {
			return nil, "", err
		}
		if _, err = conn.Exec(ctx, "SET search_path = ''"); err != nil {
			return nil, "", err
		}
		var def string
		if err = conn.QueryRow(ctx, `SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'public.t'::regclass AND conname = $1`, name).Scan(&def); err != nil {
			return nil, "", err
		}
		tree, perr := pg_query.Parse("ALTER TABLE t ADD CONSTRAINT c " + def)
		if perr != nil {
			return nil, "", fmt.Errorf("parsing %q: %w", def, perr)
		}
		cmd := tree.Stmts[0].Stmt.GetAlterTableStmt().Cmds[0].GetAlterTableCmd()
		return cmd.Def.GetConstraint().RawExpr, target, nil
	case "index", "predicate":
		name := fmt.Sprintf("i%d", i)
		stmt := fmt.Sprintf("CREATE INDEX %s ON public.t ((%s))", name, c.expr)
		if c.kind == "predicate" {
			target = "boolean"
			stmt = fmt.Sprintf("CREATE INDEX %s ON public.t (id) WHERE %s", name, c.expr)
		}
		if _, err = conn.Exec(ctx, stmt); err != nil {
			return nil, "", err
		}
		if _, err = conn.Exec(ctx, "SET search_path = ''"); err != nil {
			return nil, "", err
		}
		var def string
		if err = conn.QueryRow(ctx, `SELECT pg_get_indexdef(('public.' || $1)::regclass)`, name).Scan(&def); err != nil {
			return nil, "", err
		}
		tree, perr := pg_query.Parse(def)
		if perr != nil {
			return nil, "", fmt.Errorf("parsing %q: %w", def, perr)
		}
		is := tree.Stmts[0].Stmt.GetIndexStmt()
		if c.kind == "predicate" {
			return is.WhereClause, target, nil
		}
		return is.IndexParams[0].GetIndexElem().Expr, target, nil
	}
	if err != nil {
		return nil, "", err
	}
	tree, perr := pg_query.Parse("SELECT " + sql)
	if perr != nil {
		return nil, "", fmt.Errorf("parsing %q: %w", sql, perr)
	}
	return tree.Stmts[0].Stmt.GetSelectStmt().TargetList[0].GetResTarget().Val, target, nil
}

// TestCanonicalExpr runs every case of testdata/expr/*.txt on a real server
// and checks that the user's expression and PostgreSQL's printed form have
// the same canonical form, and that canonicalExpr is idempotent.
func TestCanonicalExpr(t *testing.T) {
	files, err := filepath.Glob("testdata/expr/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no files in testdata/expr: %v", err)
	}
	dump := os.Getenv("STRATA_EXPR_DUMP") != ""
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			for gi, g := range readExprFile(t, file) {
				runExprGroup(t, file, gi, g, dump)
			}
		})
	}
}

func runExprGroup(t *testing.T, file string, gi int, g *exprGroup, dump bool) {
	ctx := context.Background()
	db := pgtest.NewDB(t)
	pgtest.Exec(t, db, g.setup+"CREATE TABLE public.t ("+g.columns+")")
	if _, err := db.Conn.Exec(ctx, "SET search_path = ''; SET TimeZone = 'UTC'; SET DateStyle = 'ISO, MDY'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 3"); err != nil {
		t.Fatal(err)
	}
	columns := map[string]string{}
	rows, err := db.Conn.Query(ctx, `SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute
		WHERE attrelid = 'public.t'::regclass AND attnum > 0 AND NOT attisdropped`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n, typ string
		if err := rows.Scan(&n, &typ); err != nil {
			t.Fatal(err)
		}
		columns[n] = typ
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	names := testResolver(ctx, t, db)
	var major int
	if err := db.Conn.QueryRow(ctx, "SELECT current_setting('server_version_num')::int / 10000").Scan(&major); err != nil {
		t.Fatal(err)
	}
	// Each case runs in a savepoint-free sequence; a failing case is
	// reported and the rest go on.
	for i, c := range g.cases {
		where := fmt.Sprintf("%s:%d", file, c.line)
		if major < c.since {
			t.Logf("%s: skipped on PostgreSQL %d (the case holds from %d on)", where, major, c.since)
			continue
		}
		printed, target, err := printedExpr(ctx, db, c, gi*1000+i, columns)
		if c.kind == "default" {
			// A NULL default is not stored; defaultIsNull must say so, and
			// only then.
			null, nerr := defaultIsNull(parseExpr(t, c.expr), &exprContext{columns: columns, target: target, names: names})
			if nerr != nil || null != errors.Is(err, errNoDefault) {
				t.Errorf("%s: %s: defaultIsNull = %v (%v), but PostgreSQL stored a default: %v", where, c.expr, null, nerr, !errors.Is(err, errNoDefault))
			}
			if errors.Is(err, errNoDefault) {
				continue
			}
		}
		if err != nil {
			t.Errorf("%s: the server rejects the case: %v", where, err)
			continue
		}
		user := parseExpr(t, c.expr)
		uctx := &exprContext{columns: columns, target: target, names: names}
		pctx := &exprContext{columns: columns, target: target}
		got, uerr := canonicalExpr(user, uctx)
		want, perr := canonicalExpr(printed, pctx)
		if dump {
			t.Logf("%s: %s\n\tprinted   %s\n\tuser  ->  %s\n\tprinted-> %s", where, c.expr, deparseNode(printed), got, want)
		}
		if uerr != nil || perr != nil {
			t.Errorf("%s: %s: errors: user %v, printed %v", where, c.expr, uerr, perr)
			continue
		}
		if got != want {
			t.Errorf("%s: %s\n\tprinted          %s\n\tcanonical(user) %s\n\tcanonical(pg)   %s", where, c.expr, deparseNode(printed), got, want)
		}
		// The printed form, run again (as a dump or our renderer's output
		// would be), must come back with the same canonical form.
		rc := c
		rc.expr = deparseNode(printed)
		reprinted, _, err := printedExpr(ctx, db, rc, gi*1000+500+i, columns)
		if err != nil {
			t.Errorf("%s: the server rejects the printed form %s: %v", where, rc.expr, err)
			continue
		}
		again2, err := canonicalExpr(reprinted, pctx)
		if dump {
			t.Logf("\treprinted %s\n\treprinted-> %s", deparseNode(reprinted), again2)
		}
		if err != nil || again2 != want {
			t.Errorf("%s: %s: printed form run again\n\tprinted   %s\n\treprinted %s\n\tcanonical %s, want %s (%v)", where, c.expr, rc.expr, deparseNode(reprinted), again2, want, err)
		}
		again, err := canonicalExpr(parseExpr(t, want), pctx)
		if err != nil || again != want {
			t.Errorf("%s: %s: not idempotent: %q -> %q (%v)", where, c.expr, want, again, err)
		}
	}
}

// testResolver resolves names against what the database holds in public.
func testResolver(ctx context.Context, t *testing.T, db *pgtest.DB) resolver {
	r := mapResolver{types: map[string]string{}, relations: map[string]string{}, exts: map[string]string{}}
	pairs(ctx, t, db, `SELECT e.extname, n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace`, r.exts)
	pairs(ctx, t, db, `SELECT c.relname, n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'`, r.relations)
	pairs(ctx, t, db, `SELECT t.typname, n.nspname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype IN ('b', 'e', 'd', 'c')`, r.types)
	return r
}

// pairs runs query, which returns two text columns, and sets into[first] =
// second for each row.
func pairs(ctx context.Context, t *testing.T, db *pgtest.DB, query string, into map[string]string) {
	t.Helper()
	rows, err := db.Conn.Query(ctx, query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			t.Fatal(err)
		}
		into[k] = v
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
}

// TestUnknownFunctionLiteral checks that a string literal passed to a
// function the analyzer knows nothing about keeps its spelling (no type is
// guessed), while one passed to a known extension function takes the
// parameter's type.
func TestUnknownFunctionLiteral(t *testing.T) {
	names := mapResolver{exts: map[string]string{"pgcrypto": "public"}}
	for _, c := range []struct{ in, want string }{
		{"public.f('x')", "public.f('x')"},
		{"g('x', 1)", "g('x', 1)"},
		{"gen_salt('bf')", "public.gen_salt('bf'::text)"},
		{"public.digest('x', 'sha256')", "public.digest('x'::text, 'sha256'::text)"},
		{"other.digest('x', 'sha256')", "other.digest('x', 'sha256')"},
	} {
		got, err := canonicalExpr(parseExpr(t, c.in), &exprContext{names: names})
		if err != nil || got != c.want {
			t.Errorf("canonicalExpr(%s) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
}
