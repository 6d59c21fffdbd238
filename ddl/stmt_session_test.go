package ddl

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSetFromCurrent checks what SET ... FROM CURRENT stores for the
// settings whose session value the parser knows (the values are those
// PostgreSQL 15 stores in pg_proc.proconfig for the same statements), and
// the error for the others. f3 and f4 hold values no SET clause can write
// (so the round-trip file, whose model is also rendered and applied,
// leaves them out).
func TestSetFromCurrent(t *testing.T) {
	src := "CREATE SCHEMA a;\n" +
		"CREATE FUNCTION a.f0() RETURNS integer LANGUAGE sql AS 'SELECT 1' SET search_path FROM CURRENT;\n" +
		"SET LOCAL search_path = a;\n" + // outside a transaction block: no effect
		"CREATE FUNCTION a.f1() RETURNS integer LANGUAGE sql AS 'SELECT 1' SET search_path FROM CURRENT;\n" +
		"SET search_path = a, \"Public\", \"$user\";\n" +
		"SET client_min_messages = WARNING;\n" +
		"SET row_security = false;\n" +
		"CREATE FUNCTION a.f2() RETURNS integer LANGUAGE sql AS 'SELECT 1'\n" +
		"  SET search_path FROM CURRENT SET client_min_messages FROM CURRENT SET row_security FROM CURRENT;\n" +
		"SELECT pg_catalog.set_config('search_path', 'a,public', false);\n" +
		"RESET client_min_messages;\n" +
		"CREATE FUNCTION a.f3() RETURNS integer LANGUAGE sql AS 'SELECT 1' SET search_path FROM CURRENT;\n" +
		"SELECT pg_catalog.set_config('search_path', '', false);\n" +
		"CREATE FUNCTION a.f4() RETURNS integer LANGUAGE sql AS 'SELECT 1' SET search_path FROM CURRENT;\n"
	res, err := ParseSQL(Options{}, "s.sql", src)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, f := range res.DB.Functions {
		got[f.Name] = f.Config
	}
	want := map[string][]string{
		"f0": {`search_path="$user", public`},
		"f1": {`search_path="$user", public`},
		"f2": {`search_path=a, "Public", "$user"`, "client_min_messages=warning", "row_security=off"},
		"f3": {"search_path=a,public"},
		"f4": {"search_path="},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("proconfig (-want +got):\n%s", diff)
	}

	for stmt, want := range map[string]string{
		// never set in the file
		"CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 1' SET work_mem FROM CURRENT;": "SET work_mem FROM CURRENT stores the value work_mem has in the session",
		// set, but SHOW prints it in units the parser does not track
		"SET work_mem = 65536;\nCREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 1' SET work_mem FROM CURRENT;": "write the value instead (SET work_mem = ...)",
		// set, then reset to the server's default
		"SET xmloption = content;\nRESET xmloption;\nCREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 1' SET xmloption FROM CURRENT;": "SET xmloption FROM CURRENT",
		// set inside a transaction block that ended
		"BEGIN;\nSET LOCAL xmloption = content;\nCOMMIT;\nCREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 1' SET xmloption FROM CURRENT;": "SET xmloption FROM CURRENT",
	} {
		_, err := ParseSQL(Options{}, "e.sql", stmt)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got error %v, want one containing %q", stmt, err, want)
		}
	}
}
