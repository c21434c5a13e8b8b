package bilateral

// A Definition describes one value of a closed or built-in vocabulary: one
// kind of agreement, one cadence, one focus area. Tables of definitions are
// the single source for validation, display titles and the enums of the
// JSON Schema.
type Definition[T ~string] struct {
	// Value is the value as written in documents, such as "quarterly".
	Value T
	// Title is a short display name, such as "Quarterly".
	Title Text
	// Description says what the value means.
	Description Text
}
