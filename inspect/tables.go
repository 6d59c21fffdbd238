package inspect

import (
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/schema"
)

// tableRow is one row of the tables query: the table as far as the catalog
// gives it directly, and the printed DDL still to be converted.
type tableRow struct {
	oid   uint32
	table *schema.Table
	// partKeyDef is pg_get_partkeydef of a partitioned table, or nil.
	partKeyDef *string
	// partBoundDef is pg_get_expr(relpartbound) of a partition, or nil.
	partBoundDef *string
	// defaults holds, per column index, the printed DEFAULT or generation
	// expression, filled by readColumns.
	defaults []columnDefault
	// constraints and indexes are filled by readConstraints and readIndexes.
	constraints []constraintRow
	indexes     []indexRow

	// Conversion results, filled by convertTable: the canonical
	// expression of each column's default or generation expression (by
	// column index), the partition clauses, and the first error.
	exprs     []string
	partKey   *schema.PartitionKey
	partBound *schema.PartitionBound
	err       error
}

// replicaIdentities maps pg_class.relreplident to Table.ReplicaIdentity.
var replicaIdentities = map[string]string{"d": "", "n": "nothing", "f": "full", "i": "index"}

// readTables reads ordinary and partitioned tables and partitions.
func readTables(r *reader, cat *catalogRows) error {
	cat.tableByOID = map[uint32]*tableRow{}
	return r.each("tables", func(rows pgx.Rows) error {
		t := &schema.Table{}
		tr := &tableRow{table: t}
		var partitioned, isPartition bool
		var am, replIndex, comment *string
		var parentSchemas, parentNames []string
		var replident string
		if err := rows.Scan(&tr.oid, &t.Schema, &t.Name, &partitioned, &isPartition, &t.Unlogged,
			&am, &t.Options, &parentSchemas, &parentNames, &tr.partKeyDef, &tr.partBoundDef,
			&replident, &replIndex, &comment); err != nil {
			return err
		}
		t.AccessMethod, t.Comment = str(am), str(comment)
		if len(parentSchemas) != len(parentNames) {
			return fmt.Errorf("table %s: inconsistent pg_inherits rows", t.QName())
		}
		if isPartition {
			if len(parentNames) != 1 {
				return fmt.Errorf("table %s: a partition with %d parents", t.QName(), len(parentNames))
			}
			t.PartitionOf = &schema.QName{Schema: parentSchemas[0], Name: parentNames[0]}
		} else {
			for i := range parentNames {
				t.Inherits = append(t.Inherits, schema.QName{Schema: parentSchemas[i], Name: parentNames[i]})
			}
		}
		ri, ok := replicaIdentities[replident]
		if !ok {
			return fmt.Errorf("table %s: unknown replica identity %q", t.QName(), replident)
		}
		t.ReplicaIdentity = ri
		if ri == "index" {
			t.ReplicaIdentityIndex = str(replIndex)
		}
		cat.tables = append(cat.tables, tr)
		cat.tableByOID[tr.oid] = tr
		return nil
	})
}
