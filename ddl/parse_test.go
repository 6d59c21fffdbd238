package ddl

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/schema"
)

func TestParseErrorPositions(t *testing.T) {
	src := "CREATE TABLE t (id integer);\n" +
		"-- a comment before the statement\n" +
		"  /* and a block */ CREATE STATISTICS st ON id, id FROM t;\n" +
		"CREATE TABLE t (id integer);\n"
	_, err := ParseSQL(Options{}, "s.sql", src)
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("want an ErrorList, got %v", err)
	}
	got := make([]string, len(list))
	for i, e := range list {
		got[i] = e.Pos.String() + " " + strings.SplitN(e.Msg, ":", 2)[0]
	}
	want := []string{
		"s.sql:3:21 duplicate column name in statistics definition",
		`s.sql:4:1 relation public.t already exists`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(err.Error(), "s.sql:3:21: duplicate column name in statistics definition") {
		t.Errorf("Error() = %q", err.Error())
	}
}

func TestParseSyntaxErrorPosition(t *testing.T) {
	src := "CREATE TABLE é (id integer);\nCREATE TABLE u (id integer,);\n"
	_, err := ParseSQL(Options{}, "x.sql", src)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("want an *Error, got %v", err)
	}
	if want := (Pos{File: "x.sql", Line: 2, Col: 28}); e.Pos != want {
		t.Errorf("position = %v, want %v (%v)", e.Pos, want, e)
	}
}

func TestSkipUnsupportedCounts(t *testing.T) {
	src := "CREATE SCHEMA s;\nCREATE TABLE s.t (a integer, b integer);\nCREATE TEXT SEARCH DICTIONARY s.dict (TEMPLATE = simple);\n" +
		"CREATE PUBLICATION pub FOR TABLE s.t;\nCREATE SCHEMA e CREATE TABLE e1 (a integer);\n" +
		"CREATE DOMAIN s.d AS integer;\nCREATE TABLE s.u (x s.d);\n"
	res, err := ParseSQL(Options{SkipUnsupported: true}, "u.sql", src)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, u := range res.Unsupported {
		got = append(got, fmt.Sprintf("%d %s %s", u.Pos.Line, u.Kind, u.Object))
	}
	want := []string{
		"3 CREATE TEXT SEARCH DICTIONARY s.dict",
		"4 CREATE PUBLICATION ",
		"5 CREATE SCHEMA e",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("unsupported (-want +got):\n%s", diff)
	}
	if len(res.DB.Domains) != 1 || res.DB.Tables[1].Columns[0].Type != "s.d" {
		t.Errorf("a column of a domain type: want the domain s.d modeled and used, got domains %v, table %+v", res.DB.Domains, res.DB.Tables[1])
	}
}

func TestSkippedStatements(t *testing.T) {
	src := `\restrict abc
SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);
BEGIN;
CREATE TABLE public.t (id integer);
COMMIT;
ALTER TABLE public.t OWNER TO postgres;
INSERT INTO public.t VALUES (1);
SELECT pg_catalog.setval('public.s', 1, false);
ALTER TABLE ONLY public.t CLUSTER ON t_pkey;
`
	res, err := ParseSQL(Options{}, "k.sql", src)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range res.Skipped {
		got = append(got, s.Kind)
	}
	want := []string{"psql \\restrict", "SET", "SELECT set_config", "BEGIN", "COMMIT", "ALTER TABLE OWNER TO", "INSERT", "SELECT setval", "ALTER TABLE CLUSTER ON"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("skipped kinds (-want +got):\n%s", diff)
	}
	if len(res.Unsupported) != 0 {
		t.Errorf("unexpected unsupported statements: %v", res.Unsupported)
	}
}

func TestSearchPathResolution(t *testing.T) {
	src := `CREATE SCHEMA a;
CREATE SCHEMA b;
SET search_path = nosuch, b, a;
CREATE TYPE e AS ENUM ('x');
CREATE TABLE in_b (v e);
SET search_path = a, b;
CREATE TABLE in_a (v e, r integer);
CREATE TABLE b.target (id integer PRIMARY KEY);
ALTER TABLE in_a ADD FOREIGN KEY (r) REFERENCES target;
SET search_path = '';
CREATE TABLE public.p (id integer);
`
	res, err := ParseSQL(Options{}, "p.sql", src)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tb := range res.DB.Tables {
		got = append(got, tb.QName().String())
		for _, c := range tb.Columns {
			got = append(got, "  "+c.Name+" "+c.Type)
		}
		for _, c := range tb.Constraints {
			if c.RefTable != nil {
				got = append(got, "  "+c.Name+" -> "+c.RefTable.String())
			}
		}
	}
	want := []string{"a.in_a", "  v b.e", "  r integer", "  in_a_r_fkey -> b.target", "b.in_b", "  v b.e", "b.target", "  id integer", "public.p", "  id integer"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	_, err = ParseSQL(Options{}, "q.sql", "SET search_path = '';\nCREATE TABLE t (id integer);\n")
	if err == nil || !strings.Contains(err.Error(), "q.sql:2:1: no schema has been selected") {
		t.Errorf("creating with an empty search_path: got %v", err)
	}
}

func TestSerialColumns(t *testing.T) {
	res, err := ParseSQL(Options{}, "s.sql", "CREATE TABLE t (a smallserial, b serial, c bigserial);\n")
	if err != nil {
		t.Fatal(err)
	}
	tb := res.DB.Tables[0]
	for i, want := range []struct{ col, typ string }{{"a", "smallint"}, {"b", "integer"}, {"c", "bigint"}} {
		c := tb.Columns[i]
		seq := res.DB.Sequences[i]
		lo, hi := typeBounds(want.typ)
		_ = lo
		wantSeq := &schema.Sequence{Schema: "public", Name: "t_" + want.col + "_seq", Type: want.typ, Start: 1, Increment: 1,
			Min: 1, Max: hi, Cache: 1, OwnedBy: &schema.ColumnRef{Table: schema.QName{Schema: "public", Name: "t"}, Column: want.col}}
		if diff := cmp.Diff(wantSeq, seq); diff != "" {
			t.Errorf("sequence of %s (-want +got):\n%s", want.col, diff)
		}
		if c.Type != want.typ || !c.NotNull || c.Default != "nextval('public.t_"+want.col+"_seq'::regclass)" {
			t.Errorf("column %s = %+v", want.col, c)
		}
	}
}

func TestSequenceDefaults(t *testing.T) {
	cases := []struct {
		sql  string
		want seqValues
	}{
		{"CREATE SEQUENCE s", seqValues{"bigint", 1, 1, 1, 9223372036854775807, 1, false}},
		{"CREATE SEQUENCE s AS integer INCREMENT -1", seqValues{"integer", -1, -1, -2147483648, -1, 1, false}},
		{"CREATE SEQUENCE s AS smallint START 5 CACHE 10 CYCLE", seqValues{"smallint", 5, 1, 1, 32767, 10, true}},
		{"CREATE SEQUENCE s MINVALUE 10", seqValues{"bigint", 10, 1, 10, 9223372036854775807, 1, false}},
		{"CREATE SEQUENCE s INCREMENT -3 MAXVALUE -10", seqValues{"bigint", -10, -3, -9223372036854775808, -10, 1, false}},
		{"CREATE SEQUENCE s AS integer; ALTER SEQUENCE s AS bigint", seqValues{"bigint", 1, 1, 1, 9223372036854775807, 1, false}},
		{"CREATE SEQUENCE s MAXVALUE 100; ALTER SEQUENCE s AS smallint", seqValues{"smallint", 1, 1, 1, 100, 1, false}},
		{"CREATE SEQUENCE s INCREMENT -1; ALTER SEQUENCE s INCREMENT 1 NO MAXVALUE NO MINVALUE START 1", seqValues{"bigint", 1, 1, 1, 9223372036854775807, 1, false}},
	}
	for _, c := range cases {
		res, err := ParseSQL(Options{}, "s.sql", c.sql)
		if err != nil {
			t.Errorf("%s: %v", c.sql, err)
			continue
		}
		if got := seqValuesOf(res.DB.Sequences[0]); got != c.want {
			t.Errorf("%s:\n got %+v\nwant %+v", c.sql, got, c.want)
		}
	}
}

func TestMakeObjectName(t *testing.T) {
	long := strings.Repeat("a", 70)
	cases := []struct{ n1, n2, label, want string }{
		{"t", "", "pkey", "t_pkey"},
		{"t", "a_b", "key", "t_a_b_key"},
		{long, "col", "idx", strings.Repeat("a", 55) + "_col_idx"},
		{strings.Repeat("t", 40), strings.Repeat("c", 40), "fkey", strings.Repeat("t", 29) + "_" + strings.Repeat("c", 28) + "_fkey"},
		{strings.Repeat("é", 40), "x", "seq", strings.Repeat("é", 28) + "_x_seq"},
	}
	for _, c := range cases {
		got := makeObjectName(c.n1, c.n2, c.label)
		if got != c.want {
			t.Errorf("makeObjectName(%q, %q, %q) = %q, want %q", c.n1, c.n2, c.label, got, c.want)
		}
		if len(got) > maxIdentLen {
			t.Errorf("makeObjectName(%q, %q, %q) is %d bytes long", c.n1, c.n2, c.label, len(got))
		}
	}
}

// BenchmarkParseGitLab parses GitLab's 2.7 MB schema from the corpus (the
// target is under 2 s; see BENCHMARKS.md).
func BenchmarkParseGitLab(b *testing.B) {
	f := pgtest.CorpusFile(b, "gitlab")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseFiles(Options{SkipUnsupported: true}, f); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzParse checks that ParseSQL never panics, whatever the input.
func FuzzParse(f *testing.F) {
	for _, file := range pgtest.RoundTripFiles(f) {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, sql string) {
		_, _ = ParseSQL(Options{}, "fuzz.sql", sql)
		_, _ = ParseSQL(Options{SkipUnsupported: true}, "fuzz.sql", sql)
	})
}

// TestDomainColumnDefault checks that a default of a column whose type is a
// domain (not modeled, skipped with SkipUnsupported) is coerced to the
// domain's base type, as PostgreSQL stores it, while the column keeps the
// domain as its type.
func TestDomainColumnDefault(t *testing.T) {
	src := `CREATE DOMAIN words AS text;
CREATE DOMAIN short_words AS words;
CREATE DOMAIN num AS numeric(10,2);
CREATE TABLE t (a words DEFAULT 'x', b short_words DEFAULT 'y', c num DEFAULT 1, d text DEFAULT 'z');
ALTER TABLE t ALTER COLUMN c SET DEFAULT 2;`
	res, err := ParseSQL(Options{SkipUnsupported: true}, "d.sql", src)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range res.DB.Tables[0].Columns {
		got = append(got, c.Name+" "+c.Type+" "+c.Default)
	}
	want := []string{
		"a public.words 'x'::text",
		"b public.short_words 'y'::text",
		"c public.num 2",
		"d text 'z'::text",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("columns (-want +got):\n%s", diff)
	}
}

// TestRenameErrors checks that renames PostgreSQL refuses are refused.
func TestRenameErrors(t *testing.T) {
	base := "CREATE TABLE p (id integer PRIMARY KEY, n integer CHECK (n > 0), m integer);\n" +
		"CREATE TABLE c () INHERITS (p);\n" +
		"CREATE INDEX p_m_idx ON p (m);\n"
	for stmt, want := range map[string]string{
		"ALTER TABLE c RENAME COLUMN n TO x;":                  `cannot rename inherited column n`,
		"ALTER TABLE ONLY p RENAME COLUMN n TO x;":             `inherited column n must be renamed in child tables too`,
		"ALTER TABLE p RENAME COLUMN n TO m;":                  `column m of relation public.p already exists`,
		"ALTER TABLE p RENAME COLUMN zz TO x;":                 `column zz does not exist`,
		"ALTER TABLE c RENAME CONSTRAINT p_n_check TO x;":      `cannot rename inherited constraint p_n_check`,
		"ALTER TABLE ONLY p RENAME CONSTRAINT p_n_check TO x;": `inherited constraint p_n_check must be renamed in child tables too`,
		"ALTER TABLE p RENAME CONSTRAINT p_pkey TO p_m_idx;":   `relation public.p_m_idx already exists`,
		"ALTER TABLE p RENAME CONSTRAINT p_pkey TO p_n_check;": `constraint p_n_check for relation public.p already exists`,
		"ALTER SEQUENCE p RENAME TO q;":                        `public.p is not a sequence`,
		"ALTER TABLE p RENAME TO c;":                           `relation public.c already exists`,
		"ALTER SCHEMA public RENAME TO pg_x;":                  `unacceptable schema name pg_x`,
	} {
		_, err := ParseSQL(Options{}, "r.sql", base+stmt)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got error %v, want one containing %q", stmt, err, want)
		}
	}
}
