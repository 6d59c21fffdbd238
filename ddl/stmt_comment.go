package ddl

import (
	"fmt"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// comment applies COMMENT ON SCHEMA / EXTENSION / TYPE / SEQUENCE / TABLE
// / COLUMN / INDEX / CONSTRAINT ... IS 'text' (or NULL).
func (p *parser) comment(s *pg_query.CommentStmt, start int) error {
	kind := "COMMENT ON " + objectTypeWord(s.Objtype)
	text := s.Comment
	if ok, err := p.viewComment(s); ok {
		return err
	}
	if ok, err := p.foreignComment(s); ok {
		return err
	}
	switch s.Objtype {
	case pg_query.ObjectType_OBJECT_SCHEMA:
		name := strVal(s.Object)
		sc := p.st.schemas[name]
		if sc == nil {
			return fmt.Errorf("schema %s does not exist", schema.QuoteIdent(name))
		}
		sc.Comment = text
	case pg_query.ObjectType_OBJECT_EXTENSION:
		name := strVal(s.Object)
		e := p.st.exts[name]
		if e == nil {
			if name == "plpgsql" {
				return p.unsupported(start, kind, name, "extensions in pg_catalog are not modeled")
			}
			return fmt.Errorf("extension %s does not exist", schema.QuoteIdent(name))
		}
		e.Comment = text
		if text == extensionComments[name] {
			e.Comment = "" // the control file's comment
		}
	case pg_query.ObjectType_OBJECT_TYPE, pg_query.ObjectType_OBJECT_DOMAIN:
		sch, name := listName(s.Object)
		q, ok := p.st.lookupType(sch, name)
		if !ok {
			return fmt.Errorf("type %s does not exist", displayName(sch, name))
		}
		e := p.st.enums[q]
		if e == nil {
			if p.commentUserType(q, text) {
				return nil
			}
			return p.unsupported(start, kind, q.String(), "only enum types are modeled")
		}
		e.Comment = text
	case pg_query.ObjectType_OBJECT_TABLE, pg_query.ObjectType_OBJECT_SEQUENCE, pg_query.ObjectType_OBJECT_INDEX:
		sch, name := listName(s.Object)
		q, ok := p.st.lookupRel(sch, name)
		if !ok {
			return fmt.Errorf("relation %s does not exist", displayName(sch, name))
		}
		switch {
		case p.st.tables[q] != nil && s.Objtype == pg_query.ObjectType_OBJECT_TABLE:
			p.st.tables[q].t.Comment = text
		case p.st.seqs[q] != nil && s.Objtype == pg_query.ObjectType_OBJECT_SEQUENCE:
			p.st.seqs[q].Comment = text
		case p.st.indexes[q] != nil && s.Objtype == pg_query.ObjectType_OBJECT_INDEX:
			ix := p.st.indexes[q]
			switch {
			case ix.parent != nil:
				return p.unsupported(start, kind, q.String(), "comments on indexes of partitions are not modeled")
			case ix.con != nil:
				ix.con.IndexComment = text
			default:
				ix.idx.Comment = text
			}
		default:
			return p.unsupported(start, kind, q.String(), "comments on this kind of relation are not modeled")
		}
	case pg_query.ObjectType_OBJECT_COLUMN:
		items := s.Object.GetList().GetItems()
		if len(items) < 2 {
			return fmt.Errorf("column name must be qualified")
		}
		sch, name := splitName(items[:len(items)-1])
		colName := strVal(items[len(items)-1])
		q, ok := p.st.lookupRel(sch, name)
		if !ok {
			return fmt.Errorf("relation %s does not exist", displayName(sch, name))
		}
		if ok, err := p.commentAttribute(q, colName, text); ok {
			return err
		}
		tb := p.st.tables[q]
		if tb == nil {
			return p.unsupported(start, kind, q.String(), "comments on columns of this kind of relation are not modeled")
		}
		c := tb.t.Column(colName)
		if c == nil {
			return fmt.Errorf("column %s of relation %s does not exist", schema.QuoteIdent(colName), q)
		}
		c.Comment = text
	case pg_query.ObjectType_OBJECT_TABCONSTRAINT:
		items := s.Object.GetList().GetItems()
		sch, name := splitName(items[:len(items)-1])
		conName := strVal(items[len(items)-1])
		tb, err := p.st.lookupTable(sch, name)
		if err != nil {
			return err
		}
		c := tb.t.Constraint(conName)
		if c == nil {
			if tb.hasConstraint(conName) {
				return p.unsupported(start, kind, tb.t.QName().String(), "comments on constraints inherited from a parent are not modeled")
			}
			return fmt.Errorf("constraint %s for table %s does not exist", schema.QuoteIdent(conName), tb.t.QName())
		}
		c.Comment = text
	case pg_query.ObjectType_OBJECT_TRIGGER, pg_query.ObjectType_OBJECT_EVENT_TRIGGER:
		return p.commentOnTrigger(s)
	case pg_query.ObjectType_OBJECT_POLICY:
		return p.commentOnPolicy(s)
	case pg_query.ObjectType_OBJECT_DOMCONSTRAINT:
		return p.commentDomainConstraint(s)
	case pg_query.ObjectType_OBJECT_COLLATION:
		return p.commentCollation(s)
	case pg_query.ObjectType_OBJECT_CAST:
		return p.commentCast(s)
	case pg_query.ObjectType_OBJECT_OPERATOR:
		return p.commentOperator(s)
	case pg_query.ObjectType_OBJECT_OPCLASS:
		return p.commentOpClass(s)
	case pg_query.ObjectType_OBJECT_OPFAMILY:
		return p.commentOpFamily(s)
	case pg_query.ObjectType_OBJECT_STATISTIC_EXT:
		return p.commentStatistics(s)
	case pg_query.ObjectType_OBJECT_FUNCTION, pg_query.ObjectType_OBJECT_PROCEDURE,
		pg_query.ObjectType_OBJECT_AGGREGATE, pg_query.ObjectType_OBJECT_ROUTINE:
		return p.commentFunction(s)
	default:
		return p.unsupported(start, kind, "", "")
	}
	return nil
}
