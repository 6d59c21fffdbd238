package inspect

import (
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/ddl"
	"github.com/stratadb/strata/schema"
)

// argModes maps pg_proc.proargmodes letters to schema argument modes.
var argModes = map[string]string{
	"i": schema.ArgIn, "o": schema.ArgOut, "b": schema.ArgInOut,
	"v": schema.ArgVariadic, "t": schema.ArgTable,
}

var procKinds = map[string]string{
	"f": schema.KindFunction, "p": schema.KindProcedure,
	"a": schema.KindAggregate, "w": schema.KindWindow,
}

var volatilities = map[string]string{"i": "immutable", "s": "stable", "v": "volatile"}

var parallels = map[string]string{"s": "safe", "r": "restricted", "u": "unsafe"}

var aggKinds = map[string]string{"n": "normal", "o": "ordered", "h": "hypothetical"}

var finalModifies = map[string]string{"r": "read_only", "s": "shareable", "w": "read_write"}

// readFunctions reads functions, procedures and aggregates.
func readFunctions(r *reader, cat *catalogRows) error {
	return r.each("functions", func(rows pgx.Rows) error {
		var (
			f                                schema.Function
			kind, ret, lang, src             string
			types                            []string
			modes, names, defaults           []*string
			bin, sqlBody, comment            *string
			vol, parallel                    string
			config                           []string
			aggKind                          *string
			directArgs                       *int32
			aggFuncs                         []*string
			sType, mSType                    *string
			sSpace, mSSpace                  *int32
			finalExtra, mFinalExtra          *bool
			finalModify, mFinalModify        *string
			initCond, mInitCond, sortOp      *string
			support                          *string
			setof, strict, secdef, leakproof bool
			cost, rowsEst                    float64
		)
		if err := rows.Scan(&f.Schema, &f.Name, &kind, &types, &modes, &names, &defaults,
			&ret, &setof, &lang, &src, &bin, &sqlBody,
			&vol, &strict, &secdef, &leakproof, &parallel, &cost, &rowsEst, &config, &comment,
			&aggKind, &directArgs, &aggFuncs, &sType, &sSpace, &finalExtra, &finalModify, &initCond,
			&mSType, &mSSpace, &mFinalExtra, &mFinalModify, &mInitCond, &sortOp, &support); err != nil {
			return err
		}
		f.Kind = procKinds[kind]
		for i, t := range types {
			a := schema.FunctionArg{Mode: schema.ArgIn, Type: t}
			if i < len(modes) && modes[i] != nil {
				a.Mode = argModes[*modes[i]]
			}
			if i < len(names) && names[i] != nil {
				a.Name = *names[i]
			}
			if i < len(defaults) && defaults[i] != nil {
				d, err := ddl.ArgDefaultFromDef(*defaults[i], t)
				if err != nil {
					return fmt.Errorf("function %s.%s: %w", f.Schema, f.Name, err)
				}
				a.Default = d
			}
			f.Args = append(f.Args, a)
		}
		f.Parallel = parallels[parallel]
		f.Comment = str(comment)
		if f.Kind == schema.KindAggregate {
			f.Aggregate = aggregateOf(aggKind, directArgs, aggFuncs, sType, sSpace, finalExtra, finalModify, initCond,
				mSType, mSSpace, mFinalExtra, mFinalModify, mInitCond, sortOp)
			cat.db.Functions = append(cat.db.Functions, &f)
			return nil
		}
		if !(f.Kind == schema.KindProcedure && ret == "void") {
			f.Returns = ret
		}
		f.SetOf = setof
		f.Language = lang
		f.Body = src
		f.Library = str(bin)
		if sqlBody != nil {
			b, err := ddl.SQLBodyFromDef(*sqlBody, &f)
			if err != nil {
				return fmt.Errorf("function %s.%s: %w", f.Schema, f.Name, err)
			}
			f.SQLBody, f.Body = b, ""
		}
		f.Volatility = volatilities[vol]
		f.Strict, f.SecurityDefiner, f.Leakproof = strict, secdef, leakproof
		f.Cost, f.Rows = cost, rowsEst
		f.Config = config
		f.Support = str(support)
		cat.db.Functions = append(cat.db.Functions, &f)
		return nil
	})
}

// aggregateOf builds the Aggregate of a pg_aggregate row.
func aggregateOf(kind *string, directArgs *int32, funcs []*string, sType *string, sSpace *int32,
	finalExtra *bool, finalModify, initCond, mSType *string, mSSpace *int32,
	mFinalExtra *bool, mFinalModify, mInitCond, sortOp *string) *schema.Aggregate {
	fn := func(i int) string {
		if i < len(funcs) {
			return str(funcs[i])
		}
		return ""
	}
	a := &schema.Aggregate{
		Kind:         aggKinds[str(kind)],
		SFunc:        fn(0),
		FinalFunc:    fn(1),
		CombineFunc:  fn(2),
		SerialFunc:   fn(3),
		DeserialFunc: fn(4),
		MSFunc:       fn(5),
		MInvFunc:     fn(6),
		MFinalFunc:   fn(7),
		SType:        str(sType),
		MSType:       str(mSType),
		FinalModify:  finalModifies[str(finalModify)],
		MFinalModify: finalModifies[str(mFinalModify)],
		InitCond:     initCond,
		MInitCond:    mInitCond,
		SortOp:       str(sortOp),
	}
	if directArgs != nil {
		a.DirectArgs = int(*directArgs)
	}
	if sSpace != nil {
		a.SSpace = int(*sSpace)
	}
	if mSSpace != nil {
		a.MSSpace = int(*mSSpace)
	}
	if finalExtra != nil {
		a.FinalExtra = *finalExtra
	}
	if mFinalExtra != nil {
		a.MFinalExtra = *mFinalExtra
	}
	return a
}

// canonicalAtomicBodies canonicalises the BEGIN ATOMIC bodies of db's
// functions against cat's relations, as the parser does when it reads
// them (ddl.AtomicBodyFromDef).
func canonicalAtomicBodies(db *schema.Database, cat *ddl.Catalog) error {
	for _, f := range db.Functions {
		if f.SQLBody == "" {
			continue
		}
		b, err := ddl.AtomicBodyFromDef(f.SQLBody, f, cat)
		if err != nil {
			return fmt.Errorf("inspect: function %s: %w", f.Signature(), err)
		}
		f.SQLBody = b
	}
	return nil
}
