package ddl

import (
	"errors"
	"fmt"
	"math"

	pg_query "github.com/pganalyze/pg_query_go/v6"

	"github.com/stratadb/strata/schema"
)

// seqValues are the effective options of a sequence, as pg_sequence holds
// them.
type seqValues struct {
	Type                              string
	Start, Increment, Min, Max, Cache int64
	Cycle                             bool
}

// seqOptions are the options one CREATE or ALTER SEQUENCE (or an identity
// column's sequence clause) gives; nil pointers are options not given.
type seqOptions struct {
	typ                     string
	start, increment, cache *int64
	min, max                *int64
	noMin, noMax            bool
	cycle                   *bool
	ownedBy                 []string // nil: not given; ["none"]: OWNED BY NONE
	seqName                 []string // SEQUENCE NAME of an identity column
	restart                 bool
}

// typeBounds returns the range of a sequence type; anything but smallint
// and integer counts as bigint.
func typeBounds(typ string) (lo, hi int64) {
	switch typ {
	case "smallint":
		return math.MinInt16, math.MaxInt16
	case "integer":
		return math.MinInt32, math.MaxInt32
	}
	return math.MinInt64, math.MaxInt64
}

// parseSeqOptions reads the DefElem list of a sequence statement.
func parseSeqOptions(opts []*pg_query.Node, names resolver) (seqOptions, error) {
	var o seqOptions
	num := func(d *pg_query.DefElem) (*int64, error) {
		v, err := intVal(d.Arg)
		if err != nil {
			return nil, fmt.Errorf("sequence option %s: %w", d.Defname, err)
		}
		return &v, nil
	}
	for _, n := range opts {
		d := n.GetDefElem()
		if d == nil {
			continue
		}
		var err error
		switch d.Defname {
		case "as":
			tn := d.Arg.GetTypeName()
			if tn == nil {
				return o, errors.New("sequence option AS needs a type")
			}
			if o.typ, err = canonicalType(tn, names); err != nil {
				return o, err
			}
			if o.typ != "smallint" && o.typ != "integer" && o.typ != "bigint" {
				return o, fmt.Errorf("sequence type must be smallint, integer, or bigint, not %s", o.typ)
			}
		case "start":
			o.start, err = num(d)
		case "restart":
			o.restart = true
		case "increment":
			o.increment, err = num(d)
			if err == nil && *o.increment == 0 {
				return o, errors.New("INCREMENT must not be zero")
			}
		case "minvalue":
			if d.Arg == nil {
				o.noMin = true
			} else {
				o.min, err = num(d)
			}
		case "maxvalue":
			if d.Arg == nil {
				o.noMax = true
			} else {
				o.max, err = num(d)
			}
		case "cache":
			o.cache, err = num(d)
			if err == nil && *o.cache < 1 {
				return o, fmt.Errorf("CACHE (%d) must be greater than zero", *o.cache)
			}
		case "cycle":
			b := d.Arg.GetBoolean().GetBoolval()
			o.cycle = &b
		case "owned_by":
			o.ownedBy = strList(d.Arg.GetList().GetItems())
		case "sequence_name":
			o.seqName = strList(d.Arg.GetList().GetItems())
		case "generated":
			// ALTER COLUMN ... SET GENERATED; handled by the caller
		default:
			// LOGGED/UNLOGGED and other options do not change the model
		}
		if err != nil {
			return o, err
		}
	}
	return o, nil
}

// apply computes the effective values after a CREATE (init) or an ALTER,
// following PostgreSQL's init_params (sequence.c).
func (o seqOptions) apply(v *seqValues, init bool) error {
	resetMax, resetMin := false, false
	if init {
		v.Type, v.Increment, v.Cache, v.Cycle = "bigint", 1, 1, false
	}
	if o.typ != "" {
		if !init && o.typ != v.Type {
			lo, hi := typeBounds(v.Type)
			resetMax, resetMin = v.Max == hi, v.Min == lo
		}
		v.Type = o.typ
	}
	if o.increment != nil {
		v.Increment = *o.increment
	}
	if o.cycle != nil {
		v.Cycle = *o.cycle
	}
	lo, hi := typeBounds(v.Type)
	switch {
	case o.max != nil:
		v.Max = *o.max
	case init || o.noMax || resetMax:
		if v.Increment > 0 || resetMax {
			v.Max = hi
		} else {
			v.Max = -1
		}
	}
	switch {
	case o.min != nil:
		v.Min = *o.min
	case init || o.noMin || resetMin:
		if v.Increment < 0 || resetMin {
			v.Min = lo
		} else {
			v.Min = 1
		}
	}
	if v.Max < lo || v.Max > hi {
		return fmt.Errorf("MAXVALUE (%d) is out of range for sequence data type %s", v.Max, v.Type)
	}
	if v.Min < lo || v.Min > hi {
		return fmt.Errorf("MINVALUE (%d) is out of range for sequence data type %s", v.Min, v.Type)
	}
	if v.Min >= v.Max {
		return fmt.Errorf("MINVALUE (%d) must be less than MAXVALUE (%d)", v.Min, v.Max)
	}
	switch {
	case o.start != nil:
		v.Start = *o.start
	case init:
		if v.Increment > 0 {
			v.Start = v.Min
		} else {
			v.Start = v.Max
		}
	}
	if v.Start < v.Min || v.Start > v.Max {
		return fmt.Errorf("START value (%d) must be between MINVALUE (%d) and MAXVALUE (%d)", v.Start, v.Min, v.Max)
	}
	if o.cache != nil {
		v.Cache = *o.cache
	}
	return nil
}

func seqFromValues(q qname, v seqValues) *schema.Sequence {
	return &schema.Sequence{Schema: q.Schema, Name: q.Name, Type: v.Type, Start: v.Start,
		Increment: v.Increment, Min: v.Min, Max: v.Max, Cache: v.Cache, Cycle: v.Cycle}
}

func seqValuesOf(s *schema.Sequence) seqValues {
	return seqValues{Type: s.Type, Start: s.Start, Increment: s.Increment, Min: s.Min, Max: s.Max, Cache: s.Cache, Cycle: s.Cycle}
}

func identityValues(id *schema.Identity, typ string) seqValues {
	return seqValues{Type: typ, Start: id.Start, Increment: id.Increment, Min: id.Min, Max: id.Max, Cache: id.Cache, Cycle: id.Cycle}
}

func setIdentityValues(id *schema.Identity, v seqValues) {
	id.Start, id.Increment, id.Min, id.Max, id.Cache, id.Cycle = v.Start, v.Increment, v.Min, v.Max, v.Cache, v.Cycle
}

// createSequence applies CREATE SEQUENCE [IF NOT EXISTS] name options.
func (p *parser) createSequence(s *pg_query.CreateSeqStmt) error {
	rv := s.Sequence
	if rv.Relpersistence == "t" {
		return errors.New("temporary sequences are not part of a schema")
	}
	q, err := p.st.createName(rv.Schemaname, rv.Relname)
	if err != nil {
		return err
	}
	if p.st.rels[q] != 0 {
		if s.IfNotExists {
			return nil
		}
		return fmt.Errorf("relation %s already exists", q)
	}
	o, err := parseSeqOptions(s.Options, p.st)
	if err != nil {
		return err
	}
	var v seqValues
	if err := o.apply(&v, true); err != nil {
		return err
	}
	seq := seqFromValues(q, v)
	if err := p.ownSequence(seq, o.ownedBy); err != nil {
		return err
	}
	p.st.seqs[q] = seq
	return p.st.addRel(q, relSequence)
}

// alterSequence applies ALTER SEQUENCE [IF EXISTS] name options, to a
// stand-alone sequence or to an identity column's sequence.
func (p *parser) alterSequence(s *pg_query.AlterSeqStmt) error {
	rv := s.Sequence
	q, ok := p.st.lookupRel(rv.Schemaname, rv.Relname)
	if !ok {
		if s.MissingOk {
			return nil
		}
		return fmt.Errorf("relation %s does not exist", rvName(rv))
	}
	o, err := parseSeqOptions(s.Options, p.st)
	if err != nil {
		return err
	}
	if id := p.st.identities[q]; id != nil {
		if o.ownedBy != nil {
			return fmt.Errorf("cannot change ownership of identity sequence %s", q)
		}
		v := identityValues(id.id, id.typ)
		if err := o.apply(&v, false); err != nil {
			return err
		}
		setIdentityValues(id.id, v)
		return nil
	}
	seq := p.st.seqs[q]
	if seq == nil {
		return fmt.Errorf("%s is not a sequence", q)
	}
	v := seqValuesOf(seq)
	if err := o.apply(&v, false); err != nil {
		return err
	}
	seq.Type, seq.Start, seq.Increment, seq.Min, seq.Max, seq.Cache, seq.Cycle = v.Type, v.Start, v.Increment, v.Min, v.Max, v.Cache, v.Cycle
	return p.ownSequence(seq, o.ownedBy)
}

// ownSequence applies OWNED BY table.column (or NONE) to seq.
func (p *parser) ownSequence(seq *schema.Sequence, ownedBy []string) error {
	switch {
	case ownedBy == nil:
		return nil
	case len(ownedBy) == 1 && ownedBy[0] == "none":
		seq.OwnedBy = nil
		return nil
	case len(ownedBy) < 2:
		return errors.New("invalid OWNED BY option: specify OWNED BY table.column or OWNED BY NONE")
	}
	col := ownedBy[len(ownedBy)-1]
	tparts := ownedBy[:len(ownedBy)-1]
	sch := ""
	if len(tparts) > 1 {
		sch = tparts[len(tparts)-2]
	}
	t, err := p.st.lookupTable(sch, tparts[len(tparts)-1])
	if err != nil {
		return fmt.Errorf("OWNED BY: %w", err)
	}
	if t.t.Schema != seq.Schema {
		return errors.New("sequence must be in same schema as table it is linked to")
	}
	if t.t.Column(col) == nil {
		return fmt.Errorf("OWNED BY: column %s of %s does not exist", schema.QuoteIdent(col), t.t.QName())
	}
	seq.OwnedBy = &schema.ColumnRef{Table: t.t.QName(), Column: col}
	return nil
}
