package diff

import "github.com/stratadb/strata/schema"

// This file gives the change types of schemas, extensions, enums,
// sequences, tables and their parts, views, rules, triggers and policies
// their ObjectName; the other kinds define it beside their types.

// member names a column, constraint, index, trigger, policy or rule of
// table t.
func member(t schema.QName, name string) string {
	return t.String() + "." + schema.QuoteIdent(name)
}

// ObjectName returns the schema's name.
func (c AddSchema) ObjectName() string { return schema.QuoteIdent(c.Schema.Name) }

// ObjectName returns the schema's name.
func (c DropSchema) ObjectName() string { return schema.QuoteIdent(c.Schema.Name) }

// ObjectName returns the schema's name.
func (c AlterSchema) ObjectName() string { return schema.QuoteIdent(c.To.Name) }

// ObjectName returns the extension's name.
func (c AddExtension) ObjectName() string { return schema.QuoteIdent(c.Extension.Name) }

// ObjectName returns the extension's name.
func (c DropExtension) ObjectName() string { return schema.QuoteIdent(c.Extension.Name) }

// ObjectName returns the extension's name.
func (c AlterExtension) ObjectName() string { return schema.QuoteIdent(c.To.Name) }

// ObjectName returns the enum's qualified name.
func (c AddEnum) ObjectName() string { return c.Enum.QName().String() }

// ObjectName returns the enum's qualified name.
func (c DropEnum) ObjectName() string { return c.Enum.QName().String() }

// ObjectName returns the enum's qualified name.
func (c AlterEnum) ObjectName() string { return c.To.QName().String() }

// ObjectName returns the sequence's qualified name.
func (c AddSequence) ObjectName() string { return c.Sequence.QName().String() }

// ObjectName returns the sequence's qualified name.
func (c DropSequence) ObjectName() string { return c.Sequence.QName().String() }

// ObjectName returns the sequence's qualified name.
func (c AlterSequence) ObjectName() string { return c.To.QName().String() }

// ObjectName returns the table's qualified name.
func (c AddTable) ObjectName() string { return c.Table.QName().String() }

// ObjectName returns the table's qualified name.
func (c DropTable) ObjectName() string { return c.Table.QName().String() }

// ObjectName returns the table's qualified name.
func (c AlterTable) ObjectName() string { return c.To.QName().String() }

// ObjectName returns the table's qualified name.
func (c AlterRowSecurity) ObjectName() string { return c.To.QName().String() }

// ObjectName returns the column's name, qualified by its table's.
func (c AddColumn) ObjectName() string { return member(c.Table, c.Column.Name) }

// ObjectName returns the column's name, qualified by its table's.
func (c DropColumn) ObjectName() string { return member(c.Table, c.Column.Name) }

// ObjectName returns the column's name, qualified by its table's.
func (c AlterColumn) ObjectName() string { return member(c.Table, c.To.Name) }

// ObjectName returns the constraint's name, qualified by its table's.
func (c AddConstraint) ObjectName() string { return member(c.Table, c.Constraint.Name) }

// ObjectName returns the constraint's name, qualified by its table's.
func (c DropConstraint) ObjectName() string { return member(c.Table, c.Constraint.Name) }

// ObjectName returns the constraint's name, qualified by its table's.
func (c AlterConstraint) ObjectName() string { return member(c.Table, c.To.Name) }

// ObjectName returns the index's name, qualified by its table's.
func (c AddIndex) ObjectName() string { return member(c.Table, c.Index.Name) }

// ObjectName returns the index's name, qualified by its table's.
func (c DropIndex) ObjectName() string { return member(c.Table, c.Index.Name) }

// ObjectName returns the index's name, qualified by its table's.
func (c AlterIndex) ObjectName() string { return member(c.Table, c.To.Name) }

// ObjectName returns the qualified name of the object whose privileges change.
func (c AlterPrivileges) ObjectName() string { return c.Object.Qualified() }

// ObjectName returns the view's qualified name.
func (c AddView) ObjectName() string { return c.View.QName().String() }

// ObjectName returns the view's qualified name.
func (c DropView) ObjectName() string { return c.View.QName().String() }

// ObjectName returns the view's qualified name.
func (c AlterView) ObjectName() string { return c.To.QName().String() }

// ObjectName returns the rule's name, qualified by its table's.
func (c AddRule) ObjectName() string { return member(c.Rule.TableName(), c.Rule.Name) }

// ObjectName returns the rule's name, qualified by its table's.
func (c DropRule) ObjectName() string { return member(c.Rule.TableName(), c.Rule.Name) }

// ObjectName returns the rule's name, qualified by its table's.
func (c AlterRule) ObjectName() string { return member(c.To.TableName(), c.To.Name) }

// ObjectName returns the trigger's name, qualified by its table's.
func (c AddTrigger) ObjectName() string { return member(c.Trigger.TableName(), c.Trigger.Name) }

// ObjectName returns the trigger's name, qualified by its table's.
func (c DropTrigger) ObjectName() string { return member(c.Trigger.TableName(), c.Trigger.Name) }

// ObjectName returns the trigger's name, qualified by its table's.
func (c AlterTrigger) ObjectName() string { return member(c.To.TableName(), c.To.Name) }

// ObjectName returns the event trigger's name.
func (c AddEventTrigger) ObjectName() string { return schema.QuoteIdent(c.EventTrigger.Name) }

// ObjectName returns the event trigger's name.
func (c DropEventTrigger) ObjectName() string { return schema.QuoteIdent(c.EventTrigger.Name) }

// ObjectName returns the event trigger's name.
func (c AlterEventTrigger) ObjectName() string { return schema.QuoteIdent(c.To.Name) }

// ObjectName returns the policy's name, qualified by its table's.
func (c AddPolicy) ObjectName() string { return member(c.Policy.TableName(), c.Policy.Name) }

// ObjectName returns the policy's name, qualified by its table's.
func (c DropPolicy) ObjectName() string { return member(c.Policy.TableName(), c.Policy.Name) }

// ObjectName returns the policy's name, qualified by its table's.
func (c AlterPolicy) ObjectName() string { return member(c.To.TableName(), c.To.Name) }
