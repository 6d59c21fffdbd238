package diff

import (
	"strings"

	"github.com/stratadb/strata/schema"
)

// AddSchema creates a schema.
type AddSchema struct{ Schema *schema.Schema }

// DropSchema drops a schema (after everything in it).
type DropSchema struct{ Schema *schema.Schema }

// AlterSchema changes a schema's attributes; only its comment can differ.
type AlterSchema struct {
	From, To *schema.Schema
	Change   SchemaChange
}

// SchemaChange is the set of schema attributes that differ.
type SchemaChange uint32

// The attributes of a schema.
const (
	SchemaComment SchemaChange = 1 << iota
)

func (c SchemaChange) String() string { return bitNames(uint32(c), []string{"comment"}) }

func (AddSchema) isChange()   {}
func (DropSchema) isChange()  {}
func (AlterSchema) isChange() {}

func (c AddSchema) String() string  { return "add schema " + schema.QuoteIdent(c.Schema.Name) }
func (c DropSchema) String() string { return "drop schema " + schema.QuoteIdent(c.Schema.Name) }
func (c AlterSchema) String() string {
	return "alter schema " + schema.QuoteIdent(c.To.Name) + ": comment " + quoted(c.From.Comment) + " -> " + quoted(c.To.Comment)
}

func compareSchemas(list []Change, from, to []*schema.Schema) []Change {
	mergeSorted(from, to, func(a, b *schema.Schema) int { return strings.Compare(a.Name, b.Name) },
		func(a, b *schema.Schema, hasA, hasB bool) {
			switch {
			case !hasB:
				list = append(list, DropSchema{a})
			case !hasA:
				list = append(list, AddSchema{b})
			case a.Comment != b.Comment:
				list = append(list, AlterSchema{a, b, SchemaComment})
			}
		})
	return list
}

// AddExtension installs an extension.
type AddExtension struct{ Extension *schema.Extension }

// DropExtension removes an extension.
type DropExtension struct{ Extension *schema.Extension }

// AlterExtension changes an installed extension's version, schema or
// comment.
type AlterExtension struct {
	From, To *schema.Extension
	Change   ExtensionChange
}

// ExtensionChange is the set of extension attributes that differ.
type ExtensionChange uint32

// The attributes of an extension.
const (
	ExtensionVersion ExtensionChange = 1 << iota
	ExtensionSchema
	ExtensionComment
)

func (c ExtensionChange) String() string {
	return bitNames(uint32(c), []string{"version", "schema", "comment"})
}

func (AddExtension) isChange()   {}
func (DropExtension) isChange()  {}
func (AlterExtension) isChange() {}

func (c AddExtension) String() string {
	return "add extension " + schema.QuoteIdent(c.Extension.Name) + " (schema " + schema.QuoteIdent(c.Extension.Schema) + ")"
}
func (c DropExtension) String() string {
	return "drop extension " + schema.QuoteIdent(c.Extension.Name)
}
func (c AlterExtension) String() string {
	var parts []string
	if c.Change&ExtensionVersion != 0 {
		parts = append(parts, "version "+quoted(c.From.Version)+" -> "+quoted(c.To.Version))
	}
	if c.Change&ExtensionSchema != 0 {
		parts = append(parts, "schema "+c.From.Schema+" -> "+c.To.Schema)
	}
	if c.Change&ExtensionComment != 0 {
		parts = append(parts, "comment "+quoted(c.From.Comment)+" -> "+quoted(c.To.Comment))
	}
	return "alter extension " + schema.QuoteIdent(c.To.Name) + ": " + strings.Join(parts, "; ")
}

func compareExtensions(list []Change, from, to []*schema.Extension) []Change {
	mergeSorted(from, to, func(a, b *schema.Extension) int { return strings.Compare(a.Name, b.Name) },
		func(a, b *schema.Extension, hasA, hasB bool) {
			switch {
			case !hasB:
				list = append(list, DropExtension{a})
			case !hasA:
				list = append(list, AddExtension{b})
			default:
				var ch ExtensionChange
				if a.Version != b.Version {
					ch |= ExtensionVersion
				}
				if a.Schema != b.Schema {
					ch |= ExtensionSchema
				}
				if a.Comment != b.Comment {
					ch |= ExtensionComment
				}
				if ch != 0 {
					list = append(list, AlterExtension{a, b, ch})
				}
			}
		})
	return list
}
