package diff

import (
	"reflect"
	"slices"
	"strings"

	"github.com/stratadb/strata/schema"
)

// AddDomain creates a domain.
type AddDomain struct{ Domain *schema.Domain }

// DropDomain drops a domain.
type DropDomain struct{ Domain *schema.Domain }

// AlterDomain changes a domain.
type AlterDomain struct {
	From, To *schema.Domain
	Change   DomainChange
}

// DomainChange is the set of domain attributes that differ.
type DomainChange uint32

// The attributes of a domain. DomainType and DomainCollation cannot be
// altered in place: the domain is dropped and created again.
const (
	DomainType DomainChange = 1 << iota
	DomainCollation
	DomainDefault
	DomainNotNull
	DomainChecks
	DomainComment
)

func (c DomainChange) String() string {
	return bitNames(uint32(c), []string{"type", "collation", "default", "not null", "checks", "comment"})
}

// Recreate reports whether the change takes dropping the domain and
// creating it again.
func (c AlterDomain) Recreate() bool { return c.Change&(DomainType|DomainCollation) != 0 }

// AddCompositeType creates a composite type.
type AddCompositeType struct{ Type *schema.CompositeType }

// DropCompositeType drops a composite type.
type DropCompositeType struct{ Type *schema.CompositeType }

// AlterCompositeType changes a composite type's attributes or comments.
type AlterCompositeType struct {
	From, To *schema.CompositeType
	Change   CompositeChange
}

// CompositeChange is the set of composite type attributes that differ.
type CompositeChange uint32

// The attributes of a composite type: CompositeAttributes means
// attributes were added, dropped or changed type or collation (or their
// order changed); CompositeComments that the comment of the type or of an
// attribute changed.
const (
	CompositeAttributes CompositeChange = 1 << iota
	CompositeComments
)

func (c CompositeChange) String() string {
	return bitNames(uint32(c), []string{"attributes", "comments"})
}

// AddRangeType creates a range type.
type AddRangeType struct{ Type *schema.RangeType }

// DropRangeType drops a range type.
type DropRangeType struct{ Type *schema.RangeType }

// AlterRangeType changes a range type.
type AlterRangeType struct {
	From, To *schema.RangeType
	Change   RangeChange
}

// RangeChange is the set of range type attributes that differ.
type RangeChange uint32

// The attributes of a range type. RangeDefinition (subtype, opclass,
// collation, functions, multirange name) cannot be altered: the type is
// dropped and created again.
const (
	RangeDefinition RangeChange = 1 << iota
	RangeComment
)

func (c RangeChange) String() string { return bitNames(uint32(c), []string{"definition", "comment"}) }

func (AddDomain) isChange()          {}
func (DropDomain) isChange()         {}
func (AlterDomain) isChange()        {}
func (AddCompositeType) isChange()   {}
func (DropCompositeType) isChange()  {}
func (AlterCompositeType) isChange() {}
func (AddRangeType) isChange()       {}
func (DropRangeType) isChange()      {}
func (AlterRangeType) isChange()     {}

func (c AddDomain) String() string {
	return "add domain " + c.Domain.QName().String() + " (" + c.Domain.Type + ")"
}
func (c DropDomain) String() string { return "drop domain " + c.Domain.QName().String() }
func (c AlterDomain) String() string {
	var parts []string
	if c.Change&DomainType != 0 {
		parts = append(parts, "type "+c.From.Type+" -> "+c.To.Type)
	}
	if c.Change&DomainCollation != 0 {
		parts = append(parts, "collation "+quoted(c.From.Collation)+" -> "+quoted(c.To.Collation))
	}
	if c.Change&DomainDefault != 0 {
		parts = append(parts, "default "+quoted(c.From.Default)+" -> "+quoted(c.To.Default))
	}
	if c.Change&DomainNotNull != 0 {
		parts = append(parts, "not null "+boolWord(c.From.NotNull)+" -> "+boolWord(c.To.NotNull))
	}
	if c.Change&DomainChecks != 0 {
		parts = append(parts, "checks")
	}
	if c.Change&DomainComment != 0 {
		parts = append(parts, "comment "+quoted(c.From.Comment)+" -> "+quoted(c.To.Comment))
	}
	return "alter domain " + c.To.QName().String() + ": " + strings.Join(parts, "; ")
}

func boolWord(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func (c AddCompositeType) String() string {
	return "add composite type " + c.Type.QName().String()
}
func (c DropCompositeType) String() string {
	return "drop composite type " + c.Type.QName().String()
}
func (c AlterCompositeType) String() string {
	return "alter composite type " + c.To.QName().String() + ": " + c.Change.String()
}
func (c AddRangeType) String() string {
	return "add range type " + c.Type.QName().String() + " (" + c.Type.Subtype + ")"
}
func (c DropRangeType) String() string { return "drop range type " + c.Type.QName().String() }
func (c AlterRangeType) String() string {
	return "alter range type " + c.To.QName().String() + ": " + c.Change.String()
}

// ObjectName returns the qualified name of the domain.
func (c AddDomain) ObjectName() string { return c.Domain.QName().String() }

// ObjectName returns the qualified name of the domain.
func (c DropDomain) ObjectName() string { return c.Domain.QName().String() }

// ObjectName returns the qualified name of the domain.
func (c AlterDomain) ObjectName() string { return c.To.QName().String() }

// ObjectName returns the qualified name of the type.
func (c AddCompositeType) ObjectName() string { return c.Type.QName().String() }

// ObjectName returns the qualified name of the type.
func (c DropCompositeType) ObjectName() string { return c.Type.QName().String() }

// ObjectName returns the qualified name of the type.
func (c AlterCompositeType) ObjectName() string { return c.To.QName().String() }

// ObjectName returns the qualified name of the type.
func (c AddRangeType) ObjectName() string { return c.Type.QName().String() }

// ObjectName returns the qualified name of the type.
func (c DropRangeType) ObjectName() string { return c.Type.QName().String() }

// ObjectName returns the qualified name of the type.
func (c AlterRangeType) ObjectName() string { return c.To.QName().String() }

func compareDomains(list []Change, from, to []*schema.Domain) []Change {
	mergeSorted(from, to, func(a, b *schema.Domain) int { return compareQName(a.QName(), b.QName()) },
		func(a, b *schema.Domain, hasA, hasB bool) {
			switch {
			case !hasB:
				list = append(list, DropDomain{a})
			case !hasA:
				list = append(list, AddDomain{b})
			default:
				var ch DomainChange
				if a.Type != b.Type {
					ch |= DomainType
				}
				if a.Collation != b.Collation {
					ch |= DomainCollation
				}
				if a.Default != b.Default {
					ch |= DomainDefault
				}
				if a.NotNull != b.NotNull {
					ch |= DomainNotNull
				}
				if !slices.EqualFunc(a.Checks, b.Checks, func(x, y *schema.DomainCheck) bool {
					return x.Name == y.Name && x.Expr == y.Expr && x.NotValid == y.NotValid && x.Comment == y.Comment
				}) {
					ch |= DomainChecks
				}
				if a.Comment != b.Comment {
					ch |= DomainComment
				}
				if ch != 0 {
					list = append(list, AlterDomain{a, b, ch})
				}
			}
		})
	return list
}

func compareCompositeTypes(list []Change, from, to []*schema.CompositeType) []Change {
	mergeSorted(from, to, func(a, b *schema.CompositeType) int { return compareQName(a.QName(), b.QName()) },
		func(a, b *schema.CompositeType, hasA, hasB bool) {
			switch {
			case !hasB:
				list = append(list, DropCompositeType{a})
			case !hasA:
				list = append(list, AddCompositeType{b})
			default:
				var ch CompositeChange
				if !slices.EqualFunc(a.Attributes, b.Attributes, func(x, y *schema.Attribute) bool {
					return x.Name == y.Name && x.Type == y.Type && x.Collation == y.Collation
				}) {
					ch |= CompositeAttributes
				}
				comments := a.Comment != b.Comment
				for _, y := range b.Attributes {
					x := a.Attribute(y.Name)
					comments = comments || (x == nil && y.Comment != "") || (x != nil && x.Comment != y.Comment)
				}
				if comments {
					ch |= CompositeComments
				}
				if ch != 0 {
					list = append(list, AlterCompositeType{a, b, ch})
				}
			}
		})
	return list
}

func compareRangeTypes(list []Change, from, to []*schema.RangeType) []Change {
	mergeSorted(from, to, func(a, b *schema.RangeType) int { return compareQName(a.QName(), b.QName()) },
		func(a, b *schema.RangeType, hasA, hasB bool) {
			switch {
			case !hasB:
				list = append(list, DropRangeType{a})
			case !hasA:
				list = append(list, AddRangeType{b})
			default:
				var ch RangeChange
				x, y := *a, *b
				x.Comment, y.Comment = "", ""
				x.Grants, y.Grants, x.Revokes, y.Revokes = nil, nil, nil, nil // privileges: diff/grants.go
				if !reflect.DeepEqual(x, y) {
					ch |= RangeDefinition
				}
				if a.Comment != b.Comment {
					ch |= RangeComment
				}
				if ch != 0 {
					list = append(list, AlterRangeType{a, b, ch})
				}
			}
		})
	return list
}

// compareUserTypes compares collations, domains, composite types, range
// types, casts and operators, in that order.
func compareUserTypes(list []Change, from, to *schema.Database) []Change {
	list = compareCollations(list, from.Collations, to.Collations)
	list = compareDomains(list, from.Domains, to.Domains)
	list = compareCompositeTypes(list, from.CompositeTypes, to.CompositeTypes)
	list = compareRangeTypes(list, from.RangeTypes, to.RangeTypes)
	list = compareCasts(list, from.Casts, to.Casts)
	return compareOperators(list, from.Operators, to.Operators)
}
