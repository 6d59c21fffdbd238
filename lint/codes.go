package lint

// The codes of the checks. A code never changes meaning; a check that is
// retired keeps its code unused. docs/lint.md describes each with an
// example. The first two letters give the category: DS destructive, DD
// data-dependent, LK locking, BC backward-incompatible, UN unclassified.
const (
	DropSchema           = "DS101"
	DropTable            = "DS102"
	DropColumn           = "DS103"
	LossyType            = "DS104"
	EnumValueRemoved     = "DS105"
	DropSequence         = "DS106"
	SequenceNarrowed     = "DS107"
	DropMaterializedView = "DS108"
	DropExtension        = "DS109"
	TableRecreated       = "DS110"
	DropType             = "DS111"
	PartitionDetached    = "DS112"
	NotNullColumnNoData  = "DD201"
	SetNotNull           = "DD202"
	AddUnique            = "DD203"
	AddPrimaryKey        = "DD204"
	AddCheck             = "DD205"
	AddForeignKey        = "DD206"
	CastMayFail          = "DD207"
	AddExclusion         = "DD208"
	ValidateConstraint   = "DD209"
	AttachPartition      = "DD210"
	IndexNotConcurrent   = "LK301"
	DropIndexLock        = "LK302"
	TypeRewrite          = "LK303"
	VolatileDefault      = "LK304"
	ColumnRewrite        = "LK305"
	NotNullScan          = "LK306"
	ValidateScan         = "LK307"
	ForeignKeyLock       = "LK308"
	ConstraintIndexLock  = "LK309"
	CheckScan            = "LK310"
	PersistenceRewrite   = "LK311"
	AccessMethodRewrite  = "LK312"
	EnumSwapRewrite      = "LK313"
	PartitionParentLock  = "LK314"
	RelationRemoved      = "BC401"
	ColumnRemoved        = "BC402"
	ColumnTypeVisible    = "BC403"
	RequiredColumn       = "BC404"
	ColumnRequired       = "BC405"
	NewUniqueness        = "BC406"
	NewConstraint        = "BC407"
	EnumValueGone        = "BC408"
	SchemaRemoved        = "BC409"
	ObjectRemoved        = "BC410"
	DefaultRemoved       = "BC411"
	ColumnNotWritable    = "BC412"
	UniquenessRemoved    = "BC413"
	FunctionInterface    = "BC414"
	PrivilegesRevoked    = "BC415"
	RowAccessNarrowed    = "BC416"
	PartitionRowsGone    = "BC417"
	ViewColumnsChanged   = "BC418"
	ExtensionMoved       = "BC419"
	InheritanceChanged   = "BC420"
	UnclassifiedChange   = "UN001"
)

// Rule describes one check: its code, category, default severity, title
// and the suggestion printed with its findings.
type Rule struct {
	Code       string   `json:"code"`
	Category   Category `json:"category"`
	Severity   Severity `json:"severity"`
	Title      string   `json:"title"`
	Suggestion string   `json:"suggestion"`
}

// rules is the table of every check, by code.
var rules = map[string]Rule{
	DropSchema:           {DropSchema, Destructive, Error, "schema dropped", "make sure nothing in the schema is still needed; back it up first (pg_dump -n)"},
	DropTable:            {DropTable, Destructive, Error, "table dropped", "back up the table, or keep it and drop it in a later release once unused"},
	DropColumn:           {DropColumn, Destructive, Error, "column dropped", "stop using the column in a release first, back up its data, then drop it (contract phase)"},
	LossyType:            {LossyType, Destructive, Error, "column type change loses precision or data", "add a new column of the new type, backfill it, switch the application, then drop the old one"},
	EnumValueRemoved:     {EnumValueRemoved, Destructive, Error, "enum value removed", "update the rows that use the value first; rows that still use it make the change fail"},
	DropSequence:         {DropSequence, Destructive, Warning, "sequence dropped", "make sure no column default or application code calls nextval on it"},
	SequenceNarrowed:     {SequenceNarrowed, Destructive, Warning, "sequence range narrowed or restarted", "check the sequence's current value against the new range; a restart can hand out values already used"},
	DropMaterializedView: {DropMaterializedView, Destructive, Warning, "materialized view dropped", "its contents are lost; recreating it recomputes them, which can take long"},
	DropExtension:        {DropExtension, Destructive, Warning, "extension dropped", "the extension's types, functions and operators go with it; check nothing uses them"},
	TableRecreated:       {TableRecreated, Destructive, Error, "table dropped and created again", "PostgreSQL cannot change this in place (e.g. the partition key): copy the rows to a new table and swap names instead"},
	DropType:             {DropType, Destructive, Warning, "type dropped", "check no column, function or application code uses the type"},
	PartitionDetached:    {PartitionDetached, Destructive, Warning, "partition detached", "the partition's rows stay in the detached table but leave the parent: queries on the parent no longer see them"},
	NotNullColumnNoData:  {NotNullColumnNoData, DataDependent, Error, "NOT NULL column without default added to an existing table", "add the column nullable (or with a default), backfill it, then SET NOT NULL"},
	SetNotNull:           {SetNotNull, DataDependent, Warning, "SET NOT NULL on an existing column", "fill the NULLs first; add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL to avoid the long lock"},
	AddUnique:            {AddUnique, DataDependent, Warning, "unique constraint or index added", "look for duplicates first; build the index with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... USING INDEX"},
	AddPrimaryKey:        {AddPrimaryKey, DataDependent, Warning, "primary key added", "check the columns hold no NULL and no duplicate; build a unique index CONCURRENTLY, then ADD PRIMARY KEY USING INDEX"},
	AddCheck:             {AddCheck, DataDependent, Warning, "check constraint added and validated at once", "add it NOT VALID, then VALIDATE CONSTRAINT in a later step"},
	AddForeignKey:        {AddForeignKey, DataDependent, Warning, "foreign key added and validated at once", "add it NOT VALID, then VALIDATE CONSTRAINT in a later step"},
	CastMayFail:          {CastMayFail, DataDependent, Warning, "column type cast may fail on existing values", "check that every value converts; or add a new column, backfill it, and switch"},
	AddExclusion:         {AddExclusion, DataDependent, Warning, "exclusion constraint added", "look for conflicting rows first; the constraint fails on any"},
	ValidateConstraint:   {ValidateConstraint, DataDependent, Warning, "constraint validated", "fix the rows that violate it first; validation fails on any"},
	AttachPartition:      {AttachPartition, DataDependent, Warning, "partition attached", "every row must fit the bound; add a matching CHECK constraint first to skip the scan"},
	IndexNotConcurrent:   {IndexNotConcurrent, Locking, Warning, "index built without CONCURRENTLY on an existing table", "plan with --concurrently (CREATE INDEX CONCURRENTLY does not block writes)"},
	DropIndexLock:        {DropIndexLock, Locking, Info, "index dropped without CONCURRENTLY", "plan with --concurrently to avoid the ACCESS EXCLUSIVE lock"},
	TypeRewrite:          {TypeRewrite, Locking, Warning, "column type change rewrites the table", "the table is locked ACCESS EXCLUSIVE while it is rewritten and its indexes rebuilt; do it in a quiet window or with a new column"},
	VolatileDefault:      {VolatileDefault, Locking, Warning, "column added with a volatile default", "the table is rewritten under an ACCESS EXCLUSIVE lock; add the column without default, set the default, then backfill in batches"},
	ColumnRewrite:        {ColumnRewrite, Locking, Warning, "identity or stored generated column added to an existing table", "the table is rewritten under an ACCESS EXCLUSIVE lock; do it in a quiet window"},
	NotNullScan:          {NotNullScan, Locking, Warning, "SET NOT NULL scans the table under ACCESS EXCLUSIVE", "add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL (PostgreSQL 12+ skips the scan)"},
	ValidateScan:         {ValidateScan, Locking, Info, "VALIDATE CONSTRAINT scans the table", "it holds SHARE UPDATE EXCLUSIVE only (writes go on); run it when the load is low"},
	ForeignKeyLock:       {ForeignKeyLock, Locking, Warning, "foreign key locks both tables", "adding a foreign key takes SHARE ROW EXCLUSIVE on both tables; add it NOT VALID and validate later"},
	ConstraintIndexLock:  {ConstraintIndexLock, Locking, Warning, "constraint builds its index under ACCESS EXCLUSIVE", "build the index with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... USING INDEX"},
	CheckScan:            {CheckScan, Locking, Warning, "check constraint scans the table under ACCESS EXCLUSIVE", "add it NOT VALID, then VALIDATE CONSTRAINT (which lets writes go on)"},
	PersistenceRewrite:   {PersistenceRewrite, Locking, Warning, "SET LOGGED / UNLOGGED rewrites the table", "the table is locked ACCESS EXCLUSIVE while it is copied; do it in a quiet window"},
	AccessMethodRewrite:  {AccessMethodRewrite, Locking, Warning, "SET ACCESS METHOD rewrites the table", "the table is locked ACCESS EXCLUSIVE while it is copied; do it in a quiet window"},
	EnumSwapRewrite:      {EnumSwapRewrite, Locking, Warning, "enum replaced: the columns that use it are rewritten", "only values appended at the end can be added in place; otherwise every table using the type is rewritten"},
	PartitionParentLock:  {PartitionParentLock, Locking, Info, "partition change locks the parent table", "creating, attaching or detaching a partition locks the partitioned table; use DETACH ... CONCURRENTLY by hand when it matters"},
	RelationRemoved:      {RelationRemoved, BackwardIncompatible, Error, "table or view removed", "deploy an application version that no longer uses it first; drop it in the contract phase"},
	ColumnRemoved:        {ColumnRemoved, BackwardIncompatible, Error, "column removed", "deploy an application version that no longer reads or writes it first; drop it in the contract phase"},
	ColumnTypeVisible:    {ColumnTypeVisible, BackwardIncompatible, Warning, "column type change visible to clients", "check the running application reads and writes the new type; or add a new column and switch"},
	RequiredColumn:       {RequiredColumn, BackwardIncompatible, Error, "new NOT NULL column without default", "the running application's INSERTs do not set it and fail; give it a default, or add it nullable first"},
	ColumnRequired:       {ColumnRequired, BackwardIncompatible, Warning, "existing column becomes NOT NULL", "the running application may still write NULL there; make sure it does not first"},
	NewUniqueness:        {NewUniqueness, BackwardIncompatible, Warning, "new uniqueness rule", "the running application may write duplicates and fail; make sure it does not first"},
	NewConstraint:        {NewConstraint, BackwardIncompatible, Warning, "new constraint on existing data", "the running application may write rows the constraint rejects; make sure it does not first"},
	EnumValueGone:        {EnumValueGone, BackwardIncompatible, Error, "enum value removed", "the running application may still write the value; deploy a version that does not first"},
	SchemaRemoved:        {SchemaRemoved, BackwardIncompatible, Error, "schema removed", "deploy an application version that no longer uses it first"},
	ObjectRemoved:        {ObjectRemoved, BackwardIncompatible, Error, "object removed", "deploy an application version that no longer uses it first; drop it in the contract phase"},
	DefaultRemoved:       {DefaultRemoved, BackwardIncompatible, Warning, "column default or identity removed", "the running application's INSERTs that omit the column get NULL (or fail on NOT NULL)"},
	ColumnNotWritable:    {ColumnNotWritable, BackwardIncompatible, Error, "column can no longer be written", "GENERATED ALWAYS (identity or expression) rejects values the running application writes"},
	UniquenessRemoved:    {UniquenessRemoved, BackwardIncompatible, Warning, "unique constraint or index removed", "INSERT ... ON CONFLICT on these columns in the running application fails without it"},
	FunctionInterface:    {FunctionInterface, BackwardIncompatible, Warning, "function interface changed", "callers of the running application may pass or expect something else; add a new function and switch"},
	PrivilegesRevoked:    {PrivilegesRevoked, BackwardIncompatible, Warning, "privileges revoked", "check the role the running application uses keeps what it needs"},
	RowAccessNarrowed:    {RowAccessNarrowed, BackwardIncompatible, Warning, "row-level security narrows access", "the running application may see or write fewer rows; check its role's policies"},
	PartitionRowsGone:    {PartitionRowsGone, BackwardIncompatible, Warning, "rows leave a partitioned table", "queries on the parent no longer see the detached partition's rows"},
	ViewColumnsChanged:   {ViewColumnsChanged, BackwardIncompatible, Warning, "view columns changed", "the running application may select columns the view no longer has"},
	ExtensionMoved:       {ExtensionMoved, BackwardIncompatible, Warning, "extension moved to another schema", "qualified references and search_path of the running application may no longer find its objects"},
	InheritanceChanged:   {InheritanceChanged, BackwardIncompatible, Warning, "table inheritance changed", "queries on the parent see other rows"},
	UnclassifiedChange:   {UnclassifiedChange, BackwardIncompatible, Warning, "change lint does not classify", "review this step by hand; lint treats it as MAJOR"},
}

// Rules returns every check, ordered by code.
func Rules() []Rule {
	out := make([]Rule, 0, len(rules))
	for _, r := range rules {
		out = append(out, r)
	}
	sortRules(out)
	return out
}

// RuleFor returns the check with the given code, and false when there is
// none.
func RuleFor(code string) (Rule, bool) {
	r, ok := rules[code]
	return r, ok
}
