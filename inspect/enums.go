package inspect

import (
	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/schema"
)

// readEnums reads the enum types with their labels in sort order.
func readEnums(r *reader, cat *catalogRows) error {
	return r.each("enums", func(rows pgx.Rows) error {
		var e schema.Enum
		var comment *string
		if err := rows.Scan(&e.Schema, &e.Name, &e.Values, &comment); err != nil {
			return err
		}
		e.Comment = str(comment)
		cat.db.Enums = append(cat.db.Enums, &e)
		return nil
	})
}
