package ddl

import (
	"strings"
	"testing"
)

// TestOpClassErrors checks the operator class and family statements
// PostgreSQL refuses, with the message it gives (checked on PostgreSQL
// 15), and that each error names its file and line.
func TestOpClassErrors(t *testing.T) {
	const base = `CREATE TYPE pt AS (x integer);
CREATE FUNCTION pt_cmp(pt, pt) RETURNS integer LANGUAGE sql AS 'SELECT 0';
CREATE FUNCTION pt_lt(pt, pt) RETURNS boolean LANGUAGE sql AS 'SELECT false';
CREATE OPERATOR <<< (LEFTARG = pt, RIGHTARG = pt, FUNCTION = pt_lt);
CREATE OPERATOR CLASS pt_ops DEFAULT FOR TYPE pt USING btree AS OPERATOR 1 <<<, FUNCTION 1 pt_cmp(pt, pt);
CREATE TABLE t (a pt);
CREATE INDEX t_a ON t (a);
CREATE OPERATOR FAMILY other USING btree;
CREATE OPERATOR === (LEFTARG = pt, RIGHTARG = pt, FUNCTION = pt_lt, COMMUTATOR = ===);
CREATE OPERATOR CLASS other_ops FOR TYPE pt USING btree FAMILY other AS OPERATOR 3 ===, FUNCTION 1 pt_cmp(pt, pt);
CREATE TABLE u (a pt, b pt, CONSTRAINT u_b_excl EXCLUDE USING btree (b other_ops WITH ===));
`
	for stmt, want := range map[string]string{
		"CREATE OPERATOR CLASS x DEFAULT FOR TYPE pt USING btree AS OPERATOR 1 <<<;":      `could not make operator class x be default for type public.pt`,
		"CREATE OPERATOR CLASS x FOR TYPE pt USING btree FAMILY nofam AS OPERATOR 1 <<<;": `operator family nofam does not exist for access method "btree"`,
		"CREATE OPERATOR CLASS pt_ops FOR TYPE pt USING btree AS OPERATOR 1 <<<;":         `operator class pt_ops for access method "btree" already exists`,
		"CREATE OPERATOR CLASS y FOR TYPE pt USING nope AS OPERATOR 1 <<<;":               `access method "nope" does not exist`,
		"CREATE OPERATOR CLASS y FOR TYPE pt USING btree AS OPERATOR 7 <<<;":              `invalid operator number 7, must be between 1 and 5`,
		"CREATE OPERATOR CLASS y FOR TYPE pt USING btree AS STORAGE integer;":             `storage type cannot be different from data type`,
		"ALTER OPERATOR FAMILY pt_ops USING btree ADD OPERATOR 1 <<< (pt, pt);":           `operator 1(public.pt,public.pt) already exists in operator family public.pt_ops`,
		"ALTER OPERATOR FAMILY pt_ops USING btree ADD OPERATOR 4 <<<;":                    `operator argument types must be specified in ALTER OPERATOR FAMILY`,
		"ALTER OPERATOR FAMILY pt_ops USING btree DROP OPERATOR 1 (pt, pt);":              `operator class public.pt_ops requires it`,
		"ALTER OPERATOR FAMILY pt_ops USING btree DROP OPERATOR 2 (pt, pt);":              `operator 2(public.pt,public.pt) does not exist in operator family public.pt_ops`,
		"DROP OPERATOR CLASS pt_ops USING btree;":                                         `index public.t_a depends on it`,
		"DROP OPERATOR FAMILY pt_ops USING btree;":                                        `index public.t_a depends on its class public.pt_ops`,
		"DROP OPERATOR CLASS other_ops USING btree;":                                      `constraint u_b_excl on table public.u depends on it`,
		"DROP OPERATOR FAMILY other USING btree;":                                         `constraint u_b_excl on table public.u depends on its class public.other_ops`,
		"DROP OPERATOR CLASS nope USING btree;":                                           `operator class nope does not exist for access method "btree"`,
		"COMMENT ON OPERATOR FAMILY nope USING hash IS 'x';":                              `operator family nope does not exist for access method "hash"`,
		"CREATE OPERATOR FAMILY pt_ops USING btree;":                                      `operator family pt_ops for access method "btree" already exists`,
		"ALTER OPERATOR CLASS pt_ops USING btree RENAME TO pt_ops;":                       `operator class pt_ops for access method "btree" already exists in schema public`,
		"ALTER OPERATOR FAMILY pt_ops USING hash RENAME TO x;":                            `operator family pt_ops does not exist for access method "hash"`,
		"ALTER OPERATOR CLASS pt_ops USING btree SET SCHEMA nope;":                        `schema nope does not exist`,
		"ALTER OPERATOR FAMILY pt_ops USING nope SET SCHEMA public;":                      `access method "nope" does not exist`,
	} {
		_, err := ParseSQL(Options{}, "o.sql", base+stmt)
		if err == nil || !strings.Contains(err.Error(), want) || !strings.HasPrefix(err.Error(), "o.sql:12:1: ") {
			t.Errorf("%s: got error %v, want one at o.sql:12:1 containing %q", stmt, err, want)
		}
	}
}

// TestOpClassTies checks where members go: a same-type btree member added
// to a family after its class exists is tied to the class, one added
// before is the family's; cross-type members and optional support
// functions are always the family's; DROP OPERATOR CLASS keeps the family
// and its own members, and DROP IF EXISTS of a missing class is no error.
func TestOpClassTies(t *testing.T) {
	res, err := ParseSQL(Options{}, "o.sql", `CREATE OPERATOR FAMILY f USING btree;
ALTER OPERATOR FAMILY f USING btree ADD OPERATOR 1 < (integer, integer), OPERATOR 1 < (integer, bigint);
CREATE OPERATOR CLASS c FOR TYPE integer USING btree FAMILY f AS OPERATOR 5 >, FUNCTION 2 btint4sortsupport(internal);
ALTER OPERATOR FAMILY f USING btree ADD OPERATOR 3 = (integer, integer);
CREATE OPERATOR CLASS gone FOR TYPE bigint USING btree FAMILY f AS OPERATOR 3 =;
DROP OPERATOR CLASS gone USING btree;
DROP OPERATOR CLASS IF EXISTS gone USING btree;`)
	if err != nil {
		t.Fatal(err)
	}
	db := res.DB
	if len(db.OperatorFamilies) != 1 || len(db.OperatorClasses) != 1 {
		t.Fatalf("families %+v, classes %+v: want f and c", db.OperatorFamilies, db.OperatorClasses)
	}
	var fam, cls []string
	for _, o := range db.OperatorFamilies[0].Operators {
		fam = append(fam, o.Key())
	}
	for _, f := range db.OperatorFamilies[0].Functions {
		fam = append(fam, f.Key())
	}
	for _, o := range db.OperatorClasses[0].Operators {
		cls = append(cls, o.Key())
	}
	for _, f := range db.OperatorClasses[0].Functions {
		cls = append(cls, f.Key())
	}
	if got, want := strings.Join(fam, "; "), "OPERATOR 1 (integer, bigint); OPERATOR 1 (integer, integer); FUNCTION 2 (integer, integer)"; got != want {
		t.Errorf("family members %q, want %q", got, want)
	}
	if got, want := strings.Join(cls, "; "), "OPERATOR 3 (integer, integer); OPERATOR 5 (integer, integer)"; got != want {
		t.Errorf("class members %q, want %q", got, want)
	}
}
