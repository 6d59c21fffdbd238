package ddl

import (
	"strings"
	"testing"
)

// TestAttachPartitionChecks checks that attaching a partition fails, as on
// PostgreSQL 15 (each statement below fails there too), unless it has a
// copy of each of the parent's inheritable CHECK constraints, and that a
// matching copy is merged: it belongs to the parent only.
func TestAttachPartitionChecks(t *testing.T) {
	base := "CREATE TABLE p (a integer, CHECK (a > 0)) PARTITION BY LIST (a);\n"
	for stmt, want := range map[string]string{
		"CREATE TABLE c (a integer);\nALTER TABLE p ATTACH PARTITION c FOR VALUES IN (1);":                                                `child table is missing constraint p_a_check`,
		"CREATE TABLE c (a integer, CONSTRAINT p_a_check UNIQUE (a));\nALTER TABLE p ATTACH PARTITION c FOR VALUES IN (1);":               `child table is missing constraint p_a_check`,
		"CREATE TABLE c (a integer, CONSTRAINT p_a_check CHECK (a > 1));\nALTER TABLE p ATTACH PARTITION c FOR VALUES IN (1);":            `child table public.c has different definition for check constraint p_a_check`,
		"CREATE TABLE c (a integer, CONSTRAINT p_a_check CHECK (a > 0) NO INHERIT);\nALTER TABLE p ATTACH PARTITION c FOR VALUES IN (1);": `constraint p_a_check conflicts with non-inherited constraint on child table public.c`,
		"CREATE TABLE c PARTITION OF p (CONSTRAINT p_a_check CHECK (a > 1)) FOR VALUES IN (1);":                                           `constraint p_a_check for relation public.c already exists`,
		"CREATE TABLE c PARTITION OF p FOR VALUES IN (1);\nALTER TABLE c ADD CONSTRAINT p_a_check CHECK (a > 0);":                         `constraint p_a_check for relation public.c already exists`,
	} {
		_, err := ParseSQL(Options{}, "a.sql", base+stmt)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s:\ngot error  %v\nwant one containing %q", stmt, err, want)
		}
	}

	res, err := ParseSQL(Options{}, "ok.sql", base+
		"CREATE TABLE c (a integer, CONSTRAINT p_a_check CHECK (a > 0), CONSTRAINT c_own CHECK (a < 50));\n"+
		"ALTER TABLE p ATTACH PARTITION c FOR VALUES IN (1);\n"+
		"CREATE TABLE c2 PARTITION OF p (CONSTRAINT p_a_check CHECK (a > 0)) FOR VALUES IN (2);\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range res.DB.Tables {
		var names []string
		for _, c := range tb.Constraints {
			names = append(names, c.Name)
		}
		got, want := strings.Join(names, " "), map[string]string{"p": "p_a_check", "c": "c_own", "c2": ""}[tb.Name]
		if got != want {
			t.Errorf("constraints of %s: got %q, want %q", tb.Name, got, want)
		}
	}
}
