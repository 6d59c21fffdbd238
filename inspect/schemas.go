package inspect

import (
	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/schema"
)

// readSchemas reads the user schemas with their comments.
func readSchemas(r *reader, cat *catalogRows) error {
	return r.each("schemas", func(rows pgx.Rows) error {
		var s schema.Schema
		var comment *string
		if err := rows.Scan(&s.Name, &comment); err != nil {
			return err
		}
		s.Comment = str(comment)
		cat.db.Schemas = append(cat.db.Schemas, &s)
		return nil
	})
}

// readExtensions reads the extensions not installed in a system schema; the
// version and comment are kept only where they differ from the control
// file's defaults.
func readExtensions(r *reader, cat *catalogRows) error {
	return r.each("extensions", func(rows pgx.Rows) error {
		var e schema.Extension
		var version, comment *string
		if err := rows.Scan(&e.Name, &e.Schema, &version, &comment); err != nil {
			return err
		}
		e.Version, e.Comment = str(version), str(comment)
		cat.db.Extensions = append(cat.db.Extensions, &e)
		return nil
	})
}
