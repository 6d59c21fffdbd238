package diff

import (
	"reflect"
	"slices"
	"strings"

	"github.com/stratadb/strata/schema"
)

// AddForeignDataWrapper creates a foreign-data wrapper.
type AddForeignDataWrapper struct{ Wrapper *schema.ForeignDataWrapper }

// DropForeignDataWrapper drops a foreign-data wrapper.
type DropForeignDataWrapper struct{ Wrapper *schema.ForeignDataWrapper }

// AlterForeignDataWrapper changes a foreign-data wrapper in place.
type AlterForeignDataWrapper struct {
	From, To *schema.ForeignDataWrapper
	Change   ForeignChange
}

// AddForeignServer creates a foreign server.
type AddForeignServer struct{ Server *schema.ForeignServer }

// DropForeignServer drops a foreign server.
type DropForeignServer struct{ Server *schema.ForeignServer }

// AlterForeignServer changes a foreign server in place.
type AlterForeignServer struct {
	From, To *schema.ForeignServer
	Change   ForeignChange
}

// AddForeignTable creates a foreign table.
type AddForeignTable struct{ Table *schema.ForeignTable }

// DropForeignTable drops a foreign table.
type DropForeignTable struct{ Table *schema.ForeignTable }

// AlterForeignTable changes a foreign table in place: its options and
// comment (Change) and its columns, added (at the end), dropped and
// altered.
type AlterForeignTable struct {
	From, To *schema.ForeignTable
	Change   ForeignChange
	Added    []*schema.ForeignColumn
	Dropped  []*schema.ForeignColumn
	Altered  []ForeignColumnChange
}

// AddUserMapping creates a user mapping.
type AddUserMapping struct{ Mapping *schema.UserMapping }

// DropUserMapping drops a user mapping.
type DropUserMapping struct{ Mapping *schema.UserMapping }

// AlterUserMapping changes the options of a user mapping.
type AlterUserMapping struct{ From, To *schema.UserMapping }

// ForeignColumnChange is one column of a foreign table that changes in
// place.
type ForeignColumnChange struct {
	From, To *schema.ForeignColumn
	Change   ForeignChange
}

// ForeignChange is the set of attributes of a wrapper, server, foreign
// table or foreign column that differ.
type ForeignChange uint32

// The attributes of the foreign objects. A wrapper has a handler, a
// validator, options and a comment; a server a version, options and a
// comment (a new wrapper or type recreates it, and its foreign tables);
// a foreign table options and a comment (a new server, or columns in
// another order, recreate it: it holds no data); a column a type (with its
// collation), NOT NULL, a default, options and a comment.
const (
	ForeignHandler ForeignChange = 1 << iota
	ForeignValidator
	ForeignVersion
	ForeignOptions
	ForeignComment
	ForeignType
	ForeignNotNull
	ForeignDefault
)

func (c ForeignChange) String() string {
	return bitNames(uint32(c), []string{"handler", "validator", "version", "options", "comment", "type", "not null", "default"})
}

func (AddForeignDataWrapper) isChange()   {}
func (DropForeignDataWrapper) isChange()  {}
func (AlterForeignDataWrapper) isChange() {}
func (AddForeignServer) isChange()        {}
func (DropForeignServer) isChange()       {}
func (AlterForeignServer) isChange()      {}
func (AddForeignTable) isChange()         {}
func (DropForeignTable) isChange()        {}
func (AlterForeignTable) isChange()       {}
func (AddUserMapping) isChange()          {}
func (DropUserMapping) isChange()         {}
func (AlterUserMapping) isChange()        {}

func mappingName(m *schema.UserMapping) string {
	return "user mapping for " + m.User + " server " + schema.QuoteIdent(m.Server)
}

func (c AddUserMapping) String() string   { return "add " + mappingName(c.Mapping) }
func (c DropUserMapping) String() string  { return "drop " + mappingName(c.Mapping) }
func (c AlterUserMapping) String() string { return "alter " + mappingName(c.To) + ": options" }

// ObjectName returns "for USER server SERVER".
func (c AddUserMapping) ObjectName() string { return mappingName(c.Mapping) }

// ObjectName returns "for USER server SERVER".
func (c DropUserMapping) ObjectName() string { return mappingName(c.Mapping) }

// ObjectName returns "for USER server SERVER".
func (c AlterUserMapping) ObjectName() string { return mappingName(c.To) }

func (c AddForeignDataWrapper) String() string {
	return "add foreign data wrapper " + schema.QuoteIdent(c.Wrapper.Name)
}
func (c DropForeignDataWrapper) String() string {
	return "drop foreign data wrapper " + schema.QuoteIdent(c.Wrapper.Name)
}
func (c AlterForeignDataWrapper) String() string {
	return "alter foreign data wrapper " + schema.QuoteIdent(c.To.Name) + ": " + c.Change.String()
}
func (c AddForeignServer) String() string  { return "add server " + schema.QuoteIdent(c.Server.Name) }
func (c DropForeignServer) String() string { return "drop server " + schema.QuoteIdent(c.Server.Name) }
func (c AlterForeignServer) String() string {
	return "alter server " + schema.QuoteIdent(c.To.Name) + ": " + c.Change.String()
}
func (c AddForeignTable) String() string  { return "add foreign table " + c.Table.QName().String() }
func (c DropForeignTable) String() string { return "drop foreign table " + c.Table.QName().String() }
func (c AlterForeignTable) String() string {
	var parts []string
	if c.Change != 0 {
		parts = append(parts, c.Change.String())
	}
	for _, col := range c.Added {
		parts = append(parts, "add column "+schema.QuoteIdent(col.Name)+" ("+col.Type+")")
	}
	for _, col := range c.Dropped {
		parts = append(parts, "drop column "+schema.QuoteIdent(col.Name))
	}
	for _, a := range c.Altered {
		parts = append(parts, "alter column "+schema.QuoteIdent(a.To.Name)+": "+a.Change.String())
	}
	return "alter foreign table " + c.To.QName().String() + ": " + strings.Join(parts, "; ")
}

// ObjectName returns the wrapper's name.
func (c AddForeignDataWrapper) ObjectName() string { return schema.QuoteIdent(c.Wrapper.Name) }

// ObjectName returns the wrapper's name.
func (c DropForeignDataWrapper) ObjectName() string { return schema.QuoteIdent(c.Wrapper.Name) }

// ObjectName returns the wrapper's name.
func (c AlterForeignDataWrapper) ObjectName() string { return schema.QuoteIdent(c.To.Name) }

// ObjectName returns the server's name.
func (c AddForeignServer) ObjectName() string { return schema.QuoteIdent(c.Server.Name) }

// ObjectName returns the server's name.
func (c DropForeignServer) ObjectName() string { return schema.QuoteIdent(c.Server.Name) }

// ObjectName returns the server's name.
func (c AlterForeignServer) ObjectName() string { return schema.QuoteIdent(c.To.Name) }

// ObjectName returns the foreign table's qualified name.
func (c AddForeignTable) ObjectName() string { return c.Table.QName().String() }

// ObjectName returns the foreign table's qualified name.
func (c DropForeignTable) ObjectName() string { return c.Table.QName().String() }

// ObjectName returns the foreign table's qualified name.
func (c AlterForeignTable) ObjectName() string { return c.To.QName().String() }

// compareForeign compares wrappers, servers, foreign tables and user
// mappings. The drops come first, in reverse dependency order (tables,
// user mappings, servers, wrappers), then the additions and alterations in
// dependency order.
func compareForeign(list []Change, from, to *schema.Database) []Change {
	var drops, adds []Change
	replacedServers := map[string]bool{}
	mergeSorted(from.ForeignDataWrappers, to.ForeignDataWrappers,
		func(a, b *schema.ForeignDataWrapper) int { return strings.Compare(a.Name, b.Name) },
		func(a, b *schema.ForeignDataWrapper, hasA, hasB bool) {
			switch {
			case !hasB:
				drops = append(drops, DropForeignDataWrapper{a})
			case !hasA:
				adds = append(adds, AddForeignDataWrapper{b})
			default:
				var ch ForeignChange
				set := func(bit ForeignChange, differ bool) {
					if differ {
						ch |= bit
					}
				}
				set(ForeignHandler, a.Handler != b.Handler)
				set(ForeignValidator, a.Validator != b.Validator)
				set(ForeignOptions, !slices.Equal(a.Options, b.Options))
				set(ForeignComment, a.Comment != b.Comment)
				if ch != 0 {
					adds = append(adds, AlterForeignDataWrapper{a, b, ch})
				}
			}
		})
	var serverDrops []Change
	mergeSorted(from.ForeignServers, to.ForeignServers,
		func(a, b *schema.ForeignServer) int { return strings.Compare(a.Name, b.Name) },
		func(a, b *schema.ForeignServer, hasA, hasB bool) {
			switch {
			case !hasB:
				serverDrops = append(serverDrops, DropForeignServer{a})
			case !hasA:
				adds = append(adds, AddForeignServer{b})
			case a.Wrapper != b.Wrapper || a.Type != b.Type:
				replacedServers[a.Name] = true
				serverDrops = append(serverDrops, DropForeignServer{a})
				adds = append(adds, AddForeignServer{b})
			default:
				var ch ForeignChange
				if a.Version != b.Version {
					ch |= ForeignVersion
				}
				if !slices.Equal(a.Options, b.Options) {
					ch |= ForeignOptions
				}
				if a.Comment != b.Comment {
					ch |= ForeignComment
				}
				if ch != 0 {
					adds = append(adds, AlterForeignServer{a, b, ch})
				}
			}
		})
	var tableDrops []Change
	mergeSorted(from.ForeignTables, to.ForeignTables,
		func(a, b *schema.ForeignTable) int { return compareQName(a.QName(), b.QName()) },
		func(a, b *schema.ForeignTable, hasA, hasB bool) {
			switch {
			case !hasB:
				tableDrops = append(tableDrops, DropForeignTable{a})
			case !hasA:
				adds = append(adds, AddForeignTable{b})
			case a.Server != b.Server || replacedServers[a.Server] || !appendOnly(a, b):
				tableDrops = append(tableDrops, DropForeignTable{a})
				adds = append(adds, AddForeignTable{b})
			default:
				if c, ok := alterForeignTable(a, b); ok {
					adds = append(adds, c)
				}
			}
		})
	var mappingDrops []Change
	mergeSorted(from.UserMappings, to.UserMappings,
		func(a, b *schema.UserMapping) int {
			if c := strings.Compare(a.Server, b.Server); c != 0 {
				return c
			}
			return strings.Compare(a.User, b.User)
		},
		func(a, b *schema.UserMapping, hasA, hasB bool) {
			switch {
			case !hasB:
				mappingDrops = append(mappingDrops, DropUserMapping{a})
			case !hasA:
				adds = append(adds, AddUserMapping{b})
			case replacedServers[a.Server]:
				mappingDrops = append(mappingDrops, DropUserMapping{a})
				adds = append(adds, AddUserMapping{b})
			case !slices.Equal(a.Options, b.Options):
				adds = append(adds, AlterUserMapping{a, b})
			}
		})
	list = append(list, tableDrops...)
	list = append(list, mappingDrops...)
	list = append(list, serverDrops...)
	list = append(list, drops...)
	return append(list, adds...)
}

// appendOnly reports whether the columns of b are those of a that it
// keeps, in the same order, followed by new ones: what ALTER FOREIGN
// TABLE can do.
func appendOnly(a, b *schema.ForeignTable) bool {
	var kept []string
	for _, c := range a.Columns {
		if b.Column(c.Name) != nil {
			kept = append(kept, c.Name)
		}
	}
	for i, c := range b.Columns {
		if i < len(kept) {
			if c.Name != kept[i] {
				return false
			}
		} else if a.Column(c.Name) != nil {
			return false
		}
	}
	return true
}

func alterForeignTable(a, b *schema.ForeignTable) (AlterForeignTable, bool) {
	c := AlterForeignTable{From: a, To: b}
	if !slices.Equal(a.Options, b.Options) {
		c.Change |= ForeignOptions
	}
	if a.Comment != b.Comment {
		c.Change |= ForeignComment
	}
	for _, x := range a.Columns {
		y := b.Column(x.Name)
		if y == nil {
			c.Dropped = append(c.Dropped, x)
			continue
		}
		var ch ForeignChange
		set := func(bit ForeignChange, differ bool) {
			if differ {
				ch |= bit
			}
		}
		set(ForeignType, x.Type != y.Type || x.Collation != y.Collation)
		set(ForeignNotNull, x.NotNull != y.NotNull)
		set(ForeignDefault, x.Default != y.Default)
		set(ForeignOptions, !slices.Equal(x.Options, y.Options))
		set(ForeignComment, x.Comment != y.Comment)
		if ch != 0 {
			c.Altered = append(c.Altered, ForeignColumnChange{x, y, ch})
		}
	}
	for _, y := range b.Columns {
		if a.Column(y.Name) == nil {
			c.Added = append(c.Added, y)
		}
	}
	ok := c.Change != 0 || len(c.Added)+len(c.Dropped)+len(c.Altered) > 0
	if ok && reflect.DeepEqual(a, b) {
		ok = false
	}
	return c, ok
}
