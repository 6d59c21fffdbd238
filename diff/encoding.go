package diff

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"

	"github.com/stratadb/strata/schema"
)

// changeTypes holds a zero value of every change type, so that a change can
// be named, decoded from JSON and inverted (lint) by its type name. A new
// change type adds one entry here; a type missing from the list still
// works everywhere except that EncodeChange names it and DecodeChange
// reports it as unknown (lint then gives it its conservative default).
var changeTypes = []Change{
	AddSchema{}, DropSchema{}, AlterSchema{},
	AddExtension{}, DropExtension{}, AlterExtension{},
	AddEnum{}, DropEnum{}, AlterEnum{},
	AddDomain{}, DropDomain{}, AlterDomain{},
	AddCompositeType{}, DropCompositeType{}, AlterCompositeType{},
	AddRangeType{}, DropRangeType{}, AlterRangeType{},
	AddCollation{}, DropCollation{}, AlterCollation{},
	AddCast{}, DropCast{}, AlterCast{},
	AddOperator{}, DropOperator{}, AlterOperator{},
	AddOperatorFamily{}, DropOperatorFamily{}, AlterOperatorFamily{},
	AddOperatorClass{}, DropOperatorClass{}, AlterOperatorClass{},
	AddSequence{}, DropSequence{}, AlterSequence{},
	AddTable{}, DropTable{}, AlterTable{},
	AddColumn{}, DropColumn{}, AlterColumn{},
	AddConstraint{}, DropConstraint{}, AlterConstraint{},
	AddIndex{}, DropIndex{}, AlterIndex{},
	AddFunction{}, DropFunction{}, AlterFunction{},
	AddView{}, DropView{}, AlterView{},
	AddRule{}, DropRule{}, AlterRule{},
	AddTrigger{}, DropTrigger{}, AlterTrigger{},
	AddEventTrigger{}, DropEventTrigger{}, AlterEventTrigger{},
	AddPolicy{}, DropPolicy{}, AlterPolicy{}, AlterRowSecurity{},
	AddStatistics{}, DropStatistics{}, AlterStatistics{},
	AddForeignDataWrapper{}, DropForeignDataWrapper{}, AlterForeignDataWrapper{},
	AddForeignServer{}, DropForeignServer{}, AlterForeignServer{},
	AddForeignTable{}, DropForeignTable{}, AlterForeignTable{},
	AddUserMapping{}, DropUserMapping{}, AlterUserMapping{},
	AlterPrivileges{}, AlterDefaultPrivileges{},
}

var changeTypeByName = func() map[string]reflect.Type {
	m := make(map[string]reflect.Type, len(changeTypes))
	for _, c := range changeTypes {
		t := reflect.TypeOf(c)
		m[t.Name()] = t
	}
	return m
}()

// ChangeName returns the name of c's type, e.g. "AddColumn". It is the
// "type" of the change's JSON form.
func ChangeName(c Change) string {
	if c == nil {
		return ""
	}
	t := reflect.TypeOf(c)
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Name()
}

// ZeroChange returns the zero value of the change type called name (see
// ChangeName), and false when no change type has that name.
func ZeroChange(name string) (Change, bool) {
	t, ok := changeTypeByName[name]
	if !ok {
		return nil, false
	}
	return reflect.Zero(t).Interface().(Change), true
}

// encodedChange is the JSON form of a change: its type name and its fields.
type encodedChange struct {
	Type  string          `json:"type"`
	Value json.RawMessage `json:"value"`
}

// encodedAlterTable is the value of an AlterTable: its nested changes are
// encoded with their type names.
type encodedAlterTable struct {
	From, To *schema.Table
	Change   TableChange
	Changes  []json.RawMessage
}

// EncodeChange returns the JSON form of c: {"type": ChangeName(c),
// "value": c's fields}. Nested changes (those of an AlterTable) are
// encoded the same way. DecodeChange reads it back.
func EncodeChange(c Change) (json.RawMessage, error) {
	var value any = c
	if at, ok := c.(AlterTable); ok {
		e := encodedAlterTable{From: at.From, To: at.To, Change: at.Change}
		for _, sub := range at.Changes {
			raw, err := EncodeChange(sub)
			if err != nil {
				return nil, err
			}
			e.Changes = append(e.Changes, raw)
		}
		value = e
	}
	v, err := json.Marshal(value)
	if err != nil {
		return nil, fmt.Errorf("encoding %s: %w", ChangeName(c), err)
	}
	return json.Marshal(encodedChange{Type: ChangeName(c), Value: v})
}

// ErrUnknownChange is wrapped by the error DecodeChange returns for a type
// name no change type has (a plan written by a newer Strata).
var ErrUnknownChange = errors.New("unknown change type")

// DecodeChange reads the JSON form written by EncodeChange.
func DecodeChange(data []byte) (Change, error) {
	var e encodedChange
	if err := json.Unmarshal(data, &e); err != nil {
		return nil, fmt.Errorf("decoding a change: %w", err)
	}
	if e.Type == "AlterTable" {
		var at encodedAlterTable
		if err := json.Unmarshal(e.Value, &at); err != nil {
			return nil, fmt.Errorf("decoding AlterTable: %w", err)
		}
		out := AlterTable{From: at.From, To: at.To, Change: at.Change}
		for _, raw := range at.Changes {
			sub, err := DecodeChange(raw)
			if err != nil {
				return nil, err
			}
			out.Changes = append(out.Changes, sub)
		}
		return out, nil
	}
	t, ok := changeTypeByName[e.Type]
	if !ok {
		return nil, fmt.Errorf("%w %q", ErrUnknownChange, e.Type)
	}
	p := reflect.New(t)
	if err := json.Unmarshal(e.Value, p.Interface()); err != nil {
		return nil, fmt.Errorf("decoding %s: %w", e.Type, err)
	}
	return p.Elem().Interface().(Change), nil
}
