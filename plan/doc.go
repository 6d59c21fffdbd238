// Package plan turns the changes between two schema models (package diff)
// into an ordered list of DDL steps that moves a database from the first
// model to the second.
//
// Each change contributes one or more nodes to a dependency graph. A node
// states the resources it needs, creates, drops or stops using (a schema,
// a type, a table, a column, a unique key, a relation name); the edges
// follow from those: what is created comes before what needs it, what
// stops using a thing comes before the thing is dropped, and a name is
// dropped before it is created again. The steps are the graph in
// topological order, ties broken by a fixed phase (foreign keys dropped
// first, then other drops, then creations, foreign keys added last, then
// comments) and by object name, so that the same changes always give the
// same plan.
package plan
