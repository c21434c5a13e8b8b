package bilateral

// IDPattern is the form of every identifier in a document: the ids of
// agreements, commitments, milestones and engagements, and focus-area keys.
// Lower-case letters and digits in words joined by single hyphens, as in
// "trade-policy-harmonization", at most [IDMaxLength] characters long.
const IDPattern = `^[a-z0-9]+(-[a-z0-9]+)*$`

// IDMaxLength is the greatest length of an identifier, in bytes.
const IDMaxLength = 64

// PartyCodePattern is the form of a party code: an ISO 3166-1 alpha-2
// country code such as "MX", or an ISO 3166-2 subdivision such as "MX-CMX".
// Codes of regional organizations follow the same form ("EU").
const PartyCodePattern = `^[A-Z]{2}(-[A-Z0-9]{1,3})?$`

// LanguageTagPattern is the form of a language tag: BCP 47 with a
// lower-case primary language subtag, such as "en", "es" or "es-MX".
const LanguageTagPattern = `^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$`

// The checks below read their input byte by byte, which is many times
// faster than the patterns' regular expressions and does not allocate;
// tests check that each agrees with its pattern both ways.

// An ID identifies an agreement, or a commitment, milestone or engagement
// within one: lower-case letters and digits in words joined by single
// hyphens, at most 64 characters, such as "trade-policy-harmonization".
//
// Its form is [IDPattern], at most [IDMaxLength] bytes long.
type ID string

// IsValid reports whether id has the form of [IDPattern] and is at most
// [IDMaxLength] bytes long.
func (id ID) IsValid() bool { return IsIdentifier(string(id)) }

// IsIdentifier reports whether s has the form of an identifier: see
// [IDPattern] and [IDMaxLength]. Focus-area keys share this form.
func IsIdentifier(s string) bool {
	if len(s) == 0 || len(s) > IDMaxLength || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// A PartyCode identifies one of the two parties to an agreement: an ISO
// 3166-1 alpha-2 code such as "MX", or an ISO 3166-2 subdivision such as
// "MX-CMX".
//
// Its form is [PartyCodePattern].
type PartyCode string

// IsValid reports whether c has the form of [PartyCodePattern].
func (c PartyCode) IsValid() bool {
	switch {
	case len(c) < 2 || !isUpper(c[0]) || !isUpper(c[1]):
		return false
	case len(c) == 2:
		return true
	case len(c) < 4 || len(c) > 6 || c[2] != '-':
		return false
	}
	for i := 3; i < len(c); i++ {
		if !isUpper(c[i]) && !isDigit(c[i]) {
			return false
		}
	}
	return true
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// A LanguageTag names a language in which an agreement is authentic: a BCP
// 47 tag with a lower-case primary language subtag, such as "en", "es" or
// "es-MX".
//
// Tags are compared exactly as written, as JSON Schema validators compare
// them: although BCP 47 ignores case, "es-MX" and "es-mx" are two tags here,
// so a document should spell each tag the same way everywhere (the
// conventional spelling has an upper-case region, as in "es-MX").
//
// Its form is [LanguageTagPattern].
type LanguageTag string

// IsValid reports whether t has the form of [LanguageTagPattern].
func (t LanguageTag) IsValid() bool {
	// A primary subtag of 2 or 3 lower-case letters, then subtags of 2 to
	// 8 letters and digits, each after a hyphen.
	i := 0
	for i < len(t) && 'a' <= t[i] && t[i] <= 'z' {
		i++
	}
	if i < 2 || i > 3 {
		return false
	}
	for i < len(t) {
		if t[i] != '-' {
			return false
		}
		start := i + 1
		for i = start; i < len(t) && (isUpper(t[i]) || 'a' <= t[i] && t[i] <= 'z' || isDigit(t[i])); i++ {
		}
		if n := i - start; n < 2 || n > 8 {
			return false
		}
	}
	return true
}
