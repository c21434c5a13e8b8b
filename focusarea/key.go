package focusarea

import (
	"slices"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/enum"
)

// A Key names a focus area, such as "trade" or "border-management".
type Key string

// KeyPattern is the form of a key. Keys have the form of identifiers.
const KeyPattern = bilateral.IDPattern

// The keys of the built-in vocabulary.
const (
	Trade            Key = "trade"
	Security         Key = "security"
	Environment      Key = "environment"
	Energy           Key = "energy"
	Culture          Key = "culture"
	Education        Key = "education"
	BorderManagement Key = "border-management"
	EconomicGrowth   Key = "economic-growth"
	Cybersecurity    Key = "cybersecurity"
	Infrastructure   Key = "infrastructure"
	Immigration      Key = "immigration"
	PublicHealth     Key = "public-health"
	Water            Key = "water"
)

// ParseKey returns s as a Key if it is well formed (see [KeyPattern]),
// whether or not the vocabulary knows it; use [Key.Known] to ask. For an
// ill-formed key the error is a [*bilateral.ParseError] that wraps
// [bilateral.ErrSyntax].
func ParseKey(s string) (Key, error) {
	if !bilateral.IsIdentifier(s) {
		return "", &bilateral.ParseError{Func: "focusarea.ParseKey", Input: s, Err: bilateral.ErrSyntax}
	}
	return Key(s), nil
}

// IsValid reports whether k is well formed, known or not.
func (k Key) IsValid() bool { return bilateral.IsIdentifier(string(k)) }

// Known reports whether k is in the built-in vocabulary.
func (k Key) Known() bool { return enum.Valid(vocabulary, k) }

// Definition returns the vocabulary's definition of k: its English,
// Spanish and French titles and its description.
func (k Key) Definition() (bilateral.Definition[Key], bool) { return enum.Lookup(vocabulary, k) }

// Vocabulary returns the definitions of the built-in keys, in the order of
// the constants. The slice is a copy: changing it changes nothing else.
func Vocabulary() []bilateral.Definition[Key] {
	return slices.Clone(vocabulary)
}
