package ddl

import (
	"slices"
	"strings"

	"github.com/stratadb/strata/schema"
)

// Render returns an SQL script that recreates db on an empty database (one
// that has only the public schema with its standard comment). Every name is
// schema-qualified, so the script does not depend on search_path. db is not
// modified.
//
// Statements come in an order PostgreSQL accepts: schemas, extensions,
// enums, user types, sequences (without OWNED BY), the functions that need
// no table with the types that need one of them (renderEarlyRoutines),
// tables with parents before their
// inheritance children and partitions, column statistics and storage,
// sequence OWNED BY, then primary key, unique, check and exclusion
// constraints, indexes, foreign keys (last, so that references between
// tables in a cycle work, and after the unique indexes they may rely on),
// replica identities, comments and finally privileges (GRANT, and
// REVOKE of default privileges). Within a group, objects come in
// name order, so the same model always gives the same script.
//
// The public schema is never created (it exists already); its comment is
// set only when it differs from the standard one. A model without a public
// schema does not drop it.
func Render(db *schema.Database) string {
	var s script
	schemas := slices.Clone(db.Schemas)
	slices.SortFunc(schemas, func(a, b *schema.Schema) int { return strings.Compare(a.Name, b.Name) })
	extensions := slices.Clone(db.Extensions)
	slices.SortFunc(extensions, func(a, b *schema.Extension) int { return strings.Compare(a.Name, b.Name) })
	enums := slices.Clone(db.Enums)
	slices.SortFunc(enums, func(a, b *schema.Enum) int { return compareQNames(a.QName(), b.QName()) })
	sequences := slices.Clone(db.Sequences)
	slices.SortFunc(sequences, func(a, b *schema.Sequence) int { return compareQNames(a.QName(), b.QName()) })
	tables := tableOrder(db.Tables)
	byName := make(map[schema.QName]*schema.Table, len(tables))
	for _, t := range tables {
		byName[t.QName()] = t
	}

	for _, sc := range schemas {
		if sc.Name != "public" {
			s.add(CreateSchema(sc))
		}
	}
	s.section()
	for _, e := range extensions {
		s.add(CreateExtension(e))
	}
	s.section()
	for _, e := range enums {
		s.add(CreateEnum(e))
	}
	s.section()
	renderUserTypes(&s, db)
	for _, seq := range sequences {
		s.add(CreateSequence(seq))
	}
	s.section()
	routines := orderRoutines(db)
	routines = renderEarlyRoutines(&s, db, routines) // render_type_functions.go
	s.section()
	earlyOps := earlyOperators(db, routines)
	for _, o := range db.Operators {
		if earlyOps[o.Signature()] {
			s.add(CreateOperator(o))
		}
	}
	s.section()
	for _, t := range tables {
		s.add(CreateTable(t))
	}
	s.section()
	renderForeign(&s, db)
	renderRoutines(&s, routines.afterTables, funcsAfterTables)
	s.section()
	for _, t := range tables {
		for _, stmt := range columnSettings(t, byName) {
			s.add(stmt)
		}
	}
	s.section()
	for _, seq := range sequences {
		if seq.OwnedBy != nil {
			s.add(AlterSequenceOwnedBy(seq))
		}
	}
	s.section()
	renderOpClasses(&s, db, earlyOps) // before the constraints and indexes that use them
	for _, t := range tables {
		for _, c := range sortedConstraints(t) {
			if c.Kind != schema.ForeignKey {
				s.add(AddConstraint(t, c))
				for _, st := range SetIndexStatistics(t.QName(), c.Name, nil, ElementKeys(c.Elements)) {
					s.add(st)
				}
			}
		}
	}
	s.section()
	for _, t := range tables {
		for _, i := range sortedIndexes(t) {
			s.add(CreateIndex(t, i))
			for _, st := range SetIndexStatistics(t.QName(), i.Name, nil, i.Keys) {
				s.add(st)
			}
		}
	}
	s.section()
	for _, t := range tables {
		for _, c := range sortedConstraints(t) {
			if c.Kind == schema.ForeignKey {
				s.add(AddConstraint(t, c))
			}
		}
	}
	s.section()
	for _, t := range tables {
		if t.ReplicaIdentity != "" {
			s.add(ReplicaIdentity(t))
		}
	}
	s.section()
	renderLate(&s, db, routines)
	renderTriggersAndPolicies(&s, db)
	renderStatistics(&s, db)
	renderUserTypesLate(&s, db, earlyOps)
	renderComments(&s, schemas, extensions, enums, sequences, tables)
	renderFunctionComments(&s, db)
	renderGrants(&s, db)
	renderDefaultPrivileges(&s, db)
	return s.String()
}

// renderComments adds every comment of the model, object by object.
func renderComments(s *script, schemas []*schema.Schema, extensions []*schema.Extension, enums []*schema.Enum, sequences []*schema.Sequence, tables []*schema.Table) {
	for _, sc := range schemas {
		switch {
		case sc.Name == "public" && sc.Comment != publicSchemaComment:
			s.add(CommentOnSchema(sc.Name, sc.Comment))
		case sc.Name != "public" && sc.Comment != "":
			s.add(CommentOnSchema(sc.Name, sc.Comment))
		}
	}
	for _, e := range extensions {
		if e.Comment != "" {
			s.add(CommentOnExtension(e.Name, e.Comment))
		}
	}
	for _, e := range enums {
		if e.Comment != "" {
			s.add(CommentOnType(e.QName(), e.Comment))
		}
	}
	for _, seq := range sequences {
		if seq.Comment != "" {
			s.add(CommentOnSequence(seq.QName(), seq.Comment))
		}
	}
	for _, t := range tables {
		if t.Comment != "" {
			s.add(CommentOnTable(t.QName(), t.Comment))
		}
		for _, c := range t.Columns {
			if c.Comment != "" {
				s.add(CommentOnColumn(t.QName(), c.Name, c.Comment))
			}
		}
		for _, c := range sortedConstraints(t) {
			if c.Comment != "" {
				s.add(CommentOnConstraint(t.QName(), c.Name, c.Comment))
			}
			if c.IndexComment != "" {
				s.add(CommentOnIndex(t.QName(), c.Name, c.IndexComment))
			}
		}
		for _, i := range sortedIndexes(t) {
			if i.Comment != "" {
				s.add(CommentOnIndex(t.QName(), i.Name, i.Comment))
			}
		}
	}
}

// script collects statements, each ended by ";" and a newline, in sections
// separated by one empty line.
type script struct {
	b       strings.Builder
	pending bool // statements were added since the last section break
}

func (s *script) add(stmt string) {
	s.b.WriteString(stmt)
	s.b.WriteString(";\n")
	s.pending = true
}

// section ends the current section; an empty section leaves no trace.
func (s *script) section() {
	if s.pending {
		s.b.WriteString("\n")
		s.pending = false
	}
}

// String returns the script, without a trailing empty line.
func (s *script) String() string {
	text := s.b.String()
	if strings.HasSuffix(text, "\n\n") {
		text = text[:len(text)-1]
	}
	return text
}

func sortedConstraints(t *schema.Table) []*schema.Constraint {
	cs := slices.Clone(t.Constraints)
	slices.SortFunc(cs, func(a, b *schema.Constraint) int { return strings.Compare(a.Name, b.Name) })
	return cs
}

func sortedIndexes(t *schema.Table) []*schema.Index {
	is := slices.Clone(t.Indexes)
	slices.SortFunc(is, func(a, b *schema.Index) int { return strings.Compare(a.Name, b.Name) })
	return is
}

func compareQNames(a, b schema.QName) int {
	if c := strings.Compare(a.Schema, b.Schema); c != 0 {
		return c
	}
	return strings.Compare(a.Name, b.Name)
}
