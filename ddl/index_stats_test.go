package ddl

import (
	"strings"
	"testing"
)

// TestIndexStatisticsErrors checks that the ALTER INDEX ... SET STATISTICS
// forms PostgreSQL refuses are refused, with the file and line.
func TestIndexStatisticsErrors(t *testing.T) {
	base := "CREATE TABLE t (id integer PRIMARY KEY, a integer, b text, c text);\n" +
		"CREATE INDEX i ON t (a, lower(b)) INCLUDE (c);\n"
	for stmt, want := range map[string]string{
		"ALTER INDEX i ALTER COLUMN 1 SET STATISTICS 10;":      `s.sql:3:1: cannot alter statistics on non-expression column a of index public.i`,
		"ALTER INDEX i ALTER COLUMN 3 SET STATISTICS 10;":      `s.sql:3:1: cannot alter statistics on included column c of index public.i`,
		"ALTER INDEX i ALTER COLUMN 4 SET STATISTICS 10;":      `s.sql:3:1: column number 4 of relation public.i does not exist`,
		"ALTER INDEX i ALTER COLUMN 0 SET STATISTICS 10;":      `column number must be in range from 1 to 32767`,
		"ALTER INDEX i ALTER COLUMN zz SET STATISTICS 10;":     `column zz of relation public.i does not exist`,
		"ALTER INDEX i ALTER COLUMN 2 SET STATISTICS -2;":      `statistics target -2 of index public.i is too low`,
		"ALTER INDEX t_pkey ALTER COLUMN 1 SET STATISTICS 10;": `cannot alter statistics on non-expression column id of index public.t_pkey`,
		"ALTER INDEX nope ALTER COLUMN 1 SET STATISTICS 10;":   `index nope does not exist`,
	} {
		_, err := ParseSQL(Options{}, "s.sql", base+stmt)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got error %v, want one containing %q", stmt, err, want)
		}
	}
	res, err := ParseSQL(Options{}, "s.sql", base+"ALTER INDEX i ALTER COLUMN lower SET STATISTICS 12000;\n")
	if err != nil {
		t.Fatal(err)
	}
	if k := res.DB.Tables[0].Indexes[0].Keys[1]; k.Statistics == nil || *k.Statistics != 10000 {
		t.Errorf("statistics by name: got %v, want 10000", k.Statistics)
	}
}
