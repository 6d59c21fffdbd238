package ddl

import (
	"strings"

	"github.com/stratadb/strata/schema"
)

// CreateEnum returns the CREATE TYPE ... AS ENUM statement for e, with its
// labels in order. Its comment is separate (see CommentOnType).
func CreateEnum(e *schema.Enum) string {
	labels := make([]string, len(e.Values))
	for i, v := range e.Values {
		labels[i] = QuoteLiteral(v)
	}
	return "CREATE TYPE " + e.QName().String() + " AS ENUM (" + strings.Join(labels, ", ") + ")"
}
