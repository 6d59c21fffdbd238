package diff

import (
	"strconv"
	"strings"

	"github.com/stratadb/strata/schema"
)

// AddColumn adds a column to an existing table.
type AddColumn struct {
	Table  schema.QName
	Column *schema.Column
}

// DropColumn drops a column of an existing table.
type DropColumn struct {
	Table  schema.QName
	Column *schema.Column
}

// AlterColumn changes a column of an existing table in place.
type AlterColumn struct {
	Table    schema.QName
	From, To *schema.Column
	Change   ColumnChange
}

// ColumnChange is the set of column attributes that differ.
type ColumnChange uint32

// The attributes of a column. ColumnIdentity covers adding, dropping and
// changing the identity (ALWAYS or BY DEFAULT, sequence name and options).
const (
	ColumnType ColumnChange = 1 << iota
	ColumnCollation
	ColumnNotNull
	ColumnDefault
	ColumnIdentity
	ColumnGenerated
	ColumnStatistics
	ColumnStorage
	ColumnCompression
	ColumnComment
)

func (c ColumnChange) String() string {
	return bitNames(uint32(c), []string{"type", "collation", "not null", "default", "identity", "generated", "statistics", "storage", "compression", "comment"})
}

func (AddColumn) isChange()   {}
func (DropColumn) isChange()  {}
func (AlterColumn) isChange() {}

func columnName(t schema.QName, c string) string { return t.String() + "." + schema.QuoteIdent(c) }

func (c AddColumn) String() string {
	return "add column " + columnName(c.Table, c.Column.Name) + " (" + c.Column.Type + ")"
}
func (c DropColumn) String() string { return "drop column " + columnName(c.Table, c.Column.Name) }
func (c AlterColumn) String() string {
	var parts []string
	add := func(bit ColumnChange, name, a, b string) {
		if c.Change&bit != 0 {
			parts = append(parts, name+" "+a+" -> "+b)
		}
	}
	f, t := c.From, c.To
	add(ColumnType, "type", f.Type, t.Type)
	add(ColumnCollation, "collation", orNone(f.Collation), orNone(t.Collation))
	add(ColumnNotNull, "not null", strconv.FormatBool(f.NotNull), strconv.FormatBool(t.NotNull))
	add(ColumnDefault, "default", orNone(f.Default), orNone(t.Default))
	add(ColumnIdentity, "identity", identity(f.Identity), identity(t.Identity))
	add(ColumnGenerated, "generated", orNone(f.Generated), orNone(t.Generated))
	add(ColumnStatistics, "statistics", target(f.Statistics), target(t.Statistics))
	add(ColumnStorage, "storage", orNone(f.Storage), orNone(t.Storage))
	add(ColumnCompression, "compression", orNone(f.Compression), orNone(t.Compression))
	add(ColumnComment, "comment", quoted(f.Comment), quoted(t.Comment))
	return "alter column " + columnName(c.Table, c.To.Name) + ": " + strings.Join(parts, "; ")
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func target(n *int) string {
	if n == nil {
		return "default"
	}
	return strconv.Itoa(*n)
}

func identity(id *schema.Identity) string {
	if id == nil {
		return "none"
	}
	s := "by default"
	if id.Always {
		s = "always"
	}
	return s + " (" + id.Sequence + ")"
}

// columnChange returns the attributes that differ between a and b.
func columnChange(a, b *schema.Column) ColumnChange {
	var ch ColumnChange
	set := func(bit ColumnChange, differ bool) {
		if differ {
			ch |= bit
		}
	}
	set(ColumnType, a.Type != b.Type)
	set(ColumnCollation, a.Collation != b.Collation)
	set(ColumnNotNull, a.NotNull != b.NotNull)
	set(ColumnDefault, a.Default != b.Default)
	set(ColumnIdentity, !equalIdentity(a.Identity, b.Identity))
	set(ColumnGenerated, a.Generated != b.Generated)
	set(ColumnStatistics, !equalInt(a.Statistics, b.Statistics))
	set(ColumnStorage, a.Storage != b.Storage)
	set(ColumnCompression, a.Compression != b.Compression)
	set(ColumnComment, a.Comment != b.Comment)
	return ch
}

func equalIdentity(a, b *schema.Identity) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func equalInt(a, b *int) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// inheritedAttributes are what a child's inherited column cannot change on
// its own: they follow the parent's column.
const inheritedAttributes = ColumnType | ColumnCollation | ColumnIdentity | ColumnGenerated

// propagate returns the column c of a child table as it is once the
// parent's column changed from pf to pt: ALTER TABLE on the parent (without
// ONLY) sets each changed attribute on the children too.
func propagate(c, pf, pt *schema.Column) *schema.Column {
	out := *c
	ch := columnChange(pf, pt)
	if ch&ColumnType != 0 {
		out.Type = pt.Type
	}
	if ch&ColumnCollation != 0 {
		out.Collation = pt.Collation
	}
	if ch&ColumnNotNull != 0 {
		out.NotNull = pt.NotNull
	}
	if ch&ColumnDefault != 0 {
		out.Default = pt.Default
	}
	if ch&ColumnStatistics != 0 {
		out.Statistics = pt.Statistics
	}
	if ch&ColumnStorage != 0 {
		out.Storage = pt.Storage
	}
	if ch&ColumnCompression != 0 {
		out.Compression = pt.Compression
	}
	out.Generated = pt.Generated
	out.Identity = pt.Identity
	return &out
}
