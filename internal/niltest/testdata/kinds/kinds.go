// Package kinds declares the names of the types of niltest's own test,
// which checkComplete reads: Safe, Panics, Differs, Decoder, Embeds and
// Unlisted.
package kinds

type Safe struct{}
type Panics struct{}
type Differs struct{}
type Decoder string
type Embeds struct{}
type Unlisted struct{}
type unexported struct{}
