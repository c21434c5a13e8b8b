package bilateral

import (
	"errors"
	"iter"
	"maps"
	"slices"
	"strings"

	"github.com/bilateral-go/bilateral/internal/bounded"
	"github.com/bilateral-go/bilateral/internal/jsontext"
)

// Text is human text in one or more languages: a title, a summary, a note.
// When an agreement declares more than one language, each of its texts has
// every one of them.
//
// In JSON it is either a plain string, which is text in the document's first
// language, or an object from language tag to text, such as
// {"en": "Trade", "es": "Comercio"}. A Text keeps the form it was given: a
// plain string is marshalled back as a plain string, and an object as an
// object whose members are in language-tag order, so output is deterministic.
//
// The zero Text has no text at all and stands for "no text" in optional
// fields. Text is not comparable with ==; use [Text.Equal], which go-cmp also
// uses.
type Text struct {
	// noCompare keeps == from compiling: it would compare where the
	// translations are, not what they say. It comes first because a
	// zero-size last field takes room.
	_     [0]func()
	plain string
	// tr is sorted by language tag with no tag twice. It is nil for plain
	// text and non-nil (perhaps empty) for the object form, so that {} stays
	// an object. It is a pointer so that a Text, of which a document holds
	// many, takes three words, not five.
	tr *[]translation
}

type translation struct {
	lang, text string
}

// PlainText returns s as plain text, in the document's first language.
func PlainText(s string) Text { return Text{plain: s} }

// Translated returns text in the languages of m, keyed by language tag such
// as "en" or "es-MX".
func Translated(m map[string]string) Text {
	tr := make([]translation, 0, len(m))
	for _, lang := range slices.Sorted(maps.Keys(m)) {
		tr = append(tr, translation{lang, m[lang]})
	}
	return Text{tr: &tr}
}

// list returns the translations, or nil for plain text.
func (t Text) list() []translation {
	if t.tr == nil {
		return nil
	}
	return *t.tr
}

// IsZero reports whether t holds no text in any form.
func (t Text) IsZero() bool { return t.plain == "" && t.tr == nil }

// IsPlain reports whether t is a plain string rather than an object of
// translations.
func (t Text) IsPlain() bool { return t.tr == nil }

// Len returns the number of translations in t, or 0 for plain text.
func (t Text) Len() int { return len(t.list()) }

// Translation returns the language tag and text of translation i, for i from
// 0 to Len()-1, in tag order. With Len it walks the translations without
// allocating.
func (t Text) Translation(i int) (lang, text string) {
	e := t.list()[i]
	return e.lang, e.text
}

// All yields each language tag and its text, in tag order. Plain text yields
// one pair whose tag is "".
func (t Text) All() iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		if t.tr == nil {
			if t.plain != "" {
				yield("", t.plain)
			}
			return
		}
		for _, e := range t.list() {
			if !yield(e.lang, e.text) {
				return
			}
		}
	}
}

// Lookup returns the text for exactly the language tag lang, and whether t
// has it. Tags are compared as written, case included (see [LanguageTag]). Plain text has no language tag, so Lookup of plain text finds
// nothing; use [Text.In] to fall back to it.
func (t Text) Lookup(lang string) (string, bool) {
	i, ok := t.find(lang)
	if !ok {
		return "", false
	}
	return t.list()[i].text, true
}

func (t Text) find(lang string) (int, bool) {
	return slices.BinarySearchFunc(t.list(), lang, func(e translation, lang string) int {
		return strings.Compare(e.lang, lang)
	})
}

// In returns t in the language lang, falling back in this order, so that it
// returns something whenever t is not zero:
//
//  1. the text tagged exactly lang;
//  2. the text in the same primary language: "es" for "es-MX", or the first
//     regional variant in tag order, such as "es-MX" for "es";
//  3. the plain string;
//  4. the English text ("en");
//  5. the first translation in tag order.
func (t Text) In(lang string) string {
	if t.tr == nil {
		return t.plain
	}
	if s, ok := t.Lookup(lang); ok {
		return s
	}
	primary, _, _ := strings.Cut(lang, "-")
	tr := t.list()
	for _, e := range tr {
		if p, _, _ := strings.Cut(e.lang, "-"); p == primary {
			return e.text
		}
	}
	if s, ok := t.Lookup("en"); ok {
		return s
	}
	if len(tr) > 0 {
		return tr[0].text
	}
	return ""
}

// String returns t.In("en"): the plain string, or the English text, or the
// first translation.
func (t Text) String() string { return t.In("en") }

// Equal reports whether t and o hold the same text in the same form.
func (t Text) Equal(o Text) bool {
	return t.plain == o.plain && (t.tr == nil) == (o.tr == nil) && slices.Equal(t.list(), o.list())
}

// MarshalJSON returns t as a JSON string when it is plain, or as an object
// whose members are in language-tag order.
func (t Text) MarshalJSON() ([]byte, error) {
	if t.tr == nil {
		return jsontext.AppendString(nil, t.plain), nil
	}
	b := []byte{'{'}
	for i, e := range t.list() {
		if i > 0 {
			b = append(b, ',')
		}
		b = jsontext.AppendString(b, e.lang)
		b = append(b, ':')
		b = jsontext.AppendString(b, e.text)
	}
	return append(b, '}'), nil
}

// UnmarshalJSON sets t from a JSON string or an object of language tag to
// string. A tag that appears twice is an error, since one of the two texts
// would be lost, and so is a string that is not valid UTF-8. Like
// encoding/json itself, it leaves t alone for null.
func (t *Text) UnmarshalJSON(data []byte) error {
	const fn = "Text.UnmarshalJSON"
	i := jsontext.SkipSpace(data, 0)
	var (
		v    Text
		null bool
		err  error
	)
	switch {
	case i == len(data):
		err = ErrSyntax
	case data[i] == 'n':
		null = i+4 <= len(data) && string(data[i:i+4]) == "null"
		if !null {
			err = ErrSyntax
		}
		i += 4
	case data[i] == '"':
		v.plain, i, err = jsontext.String(data, i)
	case data[i] == '{':
		var tr []translation
		tr, i, err = readTranslations(data, i)
		v.tr = &tr
	default:
		err = textError("want a string or an object of language tag to string")
	}
	if err == nil && jsontext.SkipSpace(data, i) != len(data) {
		err = textError("want nothing after the text")
	}
	switch {
	case errors.As(err, new(textError)):
		return adviceError(fn, string(data), ErrSyntax, err.Error())
	case err == ErrSyntax:
		return newParseError(fn, string(data), ErrSyntax)
	case err != nil:
		// A reason from reading the JSON text, such as a lone surrogate or
		// a language given twice, which errors.As finds.
		return &ParseError{Func: "bilateral." + fn, Input: string(data), Err: &causeError{ErrSyntax, err}}
	case !null:
		*t = v
	}
	return nil
}

type textError string

// Error returns the reason.
func (e textError) Error() string { return string(e) }

// readTranslations reads the object at data[i] and returns its members in
// tag order and the index just past it. It reads the object twice: once to
// count its members and bytes, then to copy them, so that all its strings
// are one allocation and its translations another.
func readTranslations(data []byte, i int) ([]translation, int, error) {
	n, size, end, err := scanTranslations(data, i)
	if err != nil {
		return nil, end, err
	}
	tr := make([]translation, 0, n)
	var b strings.Builder
	b.Grow(size)
	i = jsontext.SkipSpace(data, i+1)
	for k := 0; k < n; k++ {
		var lang, text string
		lang, i = appendString(&b, data, i)
		i = jsontext.SkipSpace(data, jsontext.SkipSpace(data, i)+1) // ':'
		text, i = appendString(&b, data, i)
		tr = append(tr, translation{lang, text})
		i = jsontext.SkipSpace(data, jsontext.SkipSpace(data, i)+1) // ',' or '}'
	}
	slices.SortStableFunc(tr, func(a, b translation) int { return strings.Compare(a.lang, b.lang) })
	for k := 1; k < len(tr); k++ {
		if tr[k].lang == tr[k-1].lang {
			return nil, end, &jsontext.DuplicateError{Name: tr[k].lang}
		}
	}
	return tr, end, nil
}

// appendString writes the content of the JSON string at data[i], which
// ScanString accepts, to b, and returns it, a part of b, whose bytes b
// never changes once written, and the index just past the string.
func appendString(b *strings.Builder, data []byte, i int) (string, int) {
	start := b.Len()
	end, escaped, _ := jsontext.ScanString(data, i)
	if escaped {
		jsontext.UnescapeTo(b, data[i:end])
	} else {
		b.Write(data[i+1 : end-1])
	}
	return b.String()[start:], end
}

// scanTranslations checks the object at data[i], which must be an object
// of strings, and returns its number of members, the bytes of its strings
// (at least those they hold unescaped) and the index just past it.
func scanTranslations(data []byte, i int) (n, size, end int, err error) {
	i = jsontext.SkipSpace(data, i+1)
	if i < len(data) && data[i] == '}' {
		return 0, 0, i + 1, nil
	}
	for {
		if i >= len(data) || data[i] != '"' {
			return 0, 0, i, ErrSyntax
		}
		end, _, err := jsontext.ScanString(data, i)
		if err != nil {
			return 0, 0, i, err
		}
		size += end - i - 2
		lang := data[i:end]
		i = jsontext.SkipSpace(data, end)
		if i >= len(data) || data[i] != ':' {
			return 0, 0, i, ErrSyntax
		}
		i = jsontext.SkipSpace(data, i+1)
		if i >= len(data) || data[i] != '"' {
			return 0, 0, i, textError("the text for language " + bounded.QuoteBytes(lang) + " is not a string")
		}
		if end, _, err = jsontext.ScanString(data, i); err != nil {
			return 0, 0, i, err
		}
		size += end - i - 2
		n++
		i = jsontext.SkipSpace(data, end)
		switch {
		case i < len(data) && data[i] == ',':
			i = jsontext.SkipSpace(data, i+1)
		case i < len(data) && data[i] == '}':
			return n, size, i + 1, nil
		default:
			return 0, 0, i, ErrSyntax
		}
	}
}
