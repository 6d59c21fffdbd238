package inspect

import (
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/schema"
)

// columnDefault is the printed expression behind a column's DEFAULT or
// GENERATED ALWAYS AS (...) STORED, to be converted once all columns of
// its table are known.
type columnDefault struct {
	def       string
	generated bool
}

// storageModes maps pg_attribute.attstorage to Column.Storage.
var storageModes = map[string]string{"p": "plain", "e": "external", "x": "extended", "m": "main"}

// compressionMethods maps pg_attribute.attcompression to Column.Compression.
var compressionMethods = map[string]string{"": "", "p": "pglz", "l": "lz4"}

// readColumns reads the columns of the tables readTables found, in position
// order, and appends them to their table.
func readColumns(r *reader, cat *catalogRows) error {
	err := r.each("columns", func(rows pgx.Rows) error {
		var rel uint32
		c := &schema.Column{}
		var collation, def, storage, comment, seqName *string
		var identity, generated, compression string
		var stats *int32
		var seqStart, seqInc, seqMin, seqMax, seqCache *int64
		var seqCycle *bool
		if err := rows.Scan(&rel, &c.Name, &c.Type, &collation, &c.NotNull, &def,
			&identity, &generated, &stats, &storage, &compression, &c.Inherited, &comment,
			&seqName, &seqStart, &seqInc, &seqMin, &seqMax, &seqCache, &seqCycle); err != nil {
			return err
		}
		c.Inherited = !c.Inherited // the query returns attislocal
		tr := cat.tableByOID[rel]
		if tr == nil {
			return fmt.Errorf("column %s of a table the tables query did not return (oid %d)", c.Name, rel)
		}
		where := func() string { return fmt.Sprintf("column %s of table %s", c.Name, tr.table.QName()) }
		c.Collation, c.Comment = str(collation), str(comment)
		if stats != nil {
			n := int(*stats)
			c.Statistics = &n
		}
		if storage != nil {
			s, ok := storageModes[*storage]
			if !ok {
				return fmt.Errorf("%s: unknown storage mode %q", where(), *storage)
			}
			c.Storage = s
		}
		m, ok := compressionMethods[compression]
		if !ok {
			return fmt.Errorf("%s: unknown compression method %q", where(), compression)
		}
		c.Compression = m
		switch identity {
		case "":
		case "a", "d":
			if seqName == nil || seqStart == nil || seqInc == nil || seqMin == nil ||
				seqMax == nil || seqCache == nil || seqCycle == nil {
				if tr.table.PartitionOf != nil {
					// PostgreSQL 17 and later copy the identity onto
					// partitions, which use the parent's sequence: the
					// identity belongs to the parent's column.
					break
				}
				return fmt.Errorf("%s: identity column without its sequence", where())
			}
			c.Identity = &schema.Identity{
				Always: identity == "a", Sequence: *seqName,
				Start: *seqStart, Increment: *seqInc, Min: *seqMin, Max: *seqMax,
				Cache: *seqCache, Cycle: *seqCycle,
			}
		default:
			return fmt.Errorf("%s: unknown identity kind %q", where(), identity)
		}
		var d columnDefault
		switch generated {
		case "":
		case "s":
			d.generated = true
		case "v":
			return fmt.Errorf("%s: virtual generated columns are not supported yet", where())
		default:
			return fmt.Errorf("%s: unknown generated kind %q", where(), generated)
		}
		if def != nil {
			d.def = *def
		} else if d.generated {
			return fmt.Errorf("%s: generated column without its expression", where())
		}
		tr.table.Columns = append(tr.table.Columns, c)
		tr.defaults = append(tr.defaults, d)
		return nil
	})
	if err != nil {
		return err
	}
	// Every table has all its columns now: convert their expressions and
	// partition clauses while the server runs the remaining queries.
	cache := &defaultCache{}
	for _, tr := range cat.tables {
		r.pool.submit(func() { convertTable(tr, cache) })
	}
	return nil
}
