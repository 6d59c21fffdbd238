package plan

// RefusedError is a change that Build will not plan: PostgreSQL cannot
// carry it out in place, and the only way around it would destroy data or
// objects the change does not name (recreating a table, dropping an
// extension with its dependents). Build returns it, joined with the other
// refusals, instead of a plan; errors.As finds it.
type RefusedError struct {
	// Object is the qualified name of the object the change is about,
	// e.g. "public.sale" or "hstore".
	Object string
	// Message says what cannot be done, why, and what to do instead.
	Message string
}

func (e *RefusedError) Error() string { return "plan: " + e.Message }

// refuse records a change that Build will not plan.
func (b *builder) refuse(object, message string) {
	b.fail(&RefusedError{Object: object, Message: message})
}
