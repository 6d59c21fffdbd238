package inspect

import (
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/schema"
)

// foreignQueries is the number of catalog queries readForeign sends.
const foreignQueries = 5

// readForeign reads the foreign-data wrappers, servers, foreign tables
// with their columns, and user mappings.
func readForeign(r *reader, cat *catalogRows) error {
	err := r.each("foreign_data_wrappers", func(rows pgx.Rows) error {
		w := &schema.ForeignDataWrapper{}
		var handler, validator, comment *string
		if err := rows.Scan(&w.Name, &handler, &validator, &w.Options, &comment); err != nil {
			return err
		}
		w.Handler, w.Validator, w.Comment = str(handler), str(validator), str(comment)
		cat.db.ForeignDataWrappers = append(cat.db.ForeignDataWrappers, w)
		return nil
	})
	if err != nil {
		return err
	}
	err = r.each("foreign_servers", func(rows pgx.Rows) error {
		s := &schema.ForeignServer{}
		var typ, version, comment *string
		if err := rows.Scan(&s.Name, &s.Wrapper, &typ, &version, &s.Options, &comment); err != nil {
			return err
		}
		s.Type, s.Version, s.Comment = str(typ), str(version), str(comment)
		cat.db.ForeignServers = append(cat.db.ForeignServers, s)
		return nil
	})
	if err != nil {
		return err
	}
	byOID := map[uint32]*schema.ForeignTable{}
	err = r.each("foreign_tables", func(rows pgx.Rows) error {
		t := &schema.ForeignTable{}
		var oid uint32
		var comment *string
		if err := rows.Scan(&oid, &t.Schema, &t.Name, &t.Server, &t.Options, &comment); err != nil {
			return err
		}
		t.Comment = str(comment)
		byOID[oid] = t
		cat.db.ForeignTables = append(cat.db.ForeignTables, t)
		return nil
	})
	if err != nil {
		return err
	}
	err = r.each("foreign_columns", func(rows pgx.Rows) error {
		c := &schema.ForeignColumn{}
		var rel uint32
		var collation, def, comment *string
		if err := rows.Scan(&rel, &c.Name, &c.Type, &collation, &c.NotNull, &def, &c.Options, &comment); err != nil {
			return err
		}
		t := byOID[rel]
		if t == nil {
			return fmt.Errorf("column %s of a foreign table the foreign_tables query did not return (oid %d)", c.Name, rel)
		}
		c.Collation, c.Comment = str(collation), str(comment)
		if def != nil {
			expr, err := ddl.ExprFromDef(*def, nil, c.Type)
			if err != nil {
				return fmt.Errorf("foreign table %s: column %s: %w", t.QName(), c.Name, err)
			}
			c.Default = expr
		}
		t.Columns = append(t.Columns, c)
		return nil
	})
	if err != nil {
		return err
	}
	return r.each("user_mappings", func(rows pgx.Rows) error {
		m := &schema.UserMapping{}
		if err := rows.Scan(&m.Server, &m.User, &m.Options); err != nil {
			return err
		}
		cat.db.UserMappings = append(cat.db.UserMappings, m)
		return nil
	})
}
