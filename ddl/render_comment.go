package ddl

import (
	"github.com/stratadb/strata/schema"
)

// commentOn returns COMMENT ON <target> IS '<text>', or IS NULL (which
// removes the comment) when text is "".
func commentOn(target, text string) string {
	value := "NULL"
	if text != "" {
		value = QuoteLiteral(text)
	}
	return "COMMENT ON " + target + " IS " + value
}

// CommentOnSchema returns the statement that sets the comment of schema
// name; "" removes it.
func CommentOnSchema(name, text string) string {
	return commentOn("SCHEMA "+schema.QuoteIdent(name), text)
}

// CommentOnExtension returns the statement that sets the comment of
// extension name; "" removes it.
func CommentOnExtension(name, text string) string {
	return commentOn("EXTENSION "+schema.QuoteIdent(name), text)
}

// CommentOnType returns the statement that sets the comment of the type
// (such as an enum) called name; "" removes it.
func CommentOnType(name schema.QName, text string) string {
	return commentOn("TYPE "+name.String(), text)
}

// CommentOnSequence returns the statement that sets the comment of sequence
// name; "" removes it.
func CommentOnSequence(name schema.QName, text string) string {
	return commentOn("SEQUENCE "+name.String(), text)
}

// CommentOnTable returns the statement that sets the comment of table name;
// "" removes it.
func CommentOnTable(name schema.QName, text string) string {
	return commentOn("TABLE "+name.String(), text)
}

// CommentOnColumn returns the statement that sets the comment of column
// column of table; "" removes it.
func CommentOnColumn(table schema.QName, column, text string) string {
	return commentOn("COLUMN "+table.String()+"."+schema.QuoteIdent(column), text)
}

// CommentOnConstraint returns the statement that sets the comment of
// constraint name of table; "" removes it.
func CommentOnConstraint(table schema.QName, name, text string) string {
	return commentOn("CONSTRAINT "+schema.QuoteIdent(name)+" ON "+table.String(), text)
}

// CommentOnIndex returns the statement that sets the comment of index name,
// which lives in the schema of its table; "" removes it.
func CommentOnIndex(table schema.QName, name, text string) string {
	return commentOn("INDEX "+schema.QName{Schema: table.Schema, Name: name}.String(), text)
}
