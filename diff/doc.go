// Package diff compares two schema models and describes, as typed data,
// every change that turns the first into the second.
//
// Compare matches objects by qualified name (it never guesses renames) and
// returns Changes: one value per added, dropped or altered object, in a
// deterministic order. An Alter* change carries the old and the new object
// and a bit set saying which of their attributes differ. The package writes
// no SQL; package plan turns Changes into ordered DDL.
package diff
