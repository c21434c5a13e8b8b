package bilateral_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral"
)

var (
	idRE          = regexp.MustCompile(bilateral.IDPattern)
	partyCodeRE   = regexp.MustCompile(bilateral.PartyCodePattern)
	languageTagRE = regexp.MustCompile(bilateral.LanguageTagPattern)
)

// The checks of ids, party codes and language tags read bytes instead of
// matching their patterns, which the JSON Schema uses. These cases, and
// FuzzIdentifierChecks, hold them to agree both ways.
var identifierCases = []string{
	"", "a", "A", "-", "a-", "-a", "a-b", "a--b", "trade-policy-harmonization", "2024", "x1-y2-z3",
	strings.Repeat("a", 64), strings.Repeat("a", 65), "a b", "a_b", "á", "a\n", "ab\x00",
	"US", "MX", "MX-CMX", "MX-C", "MX-CMXX", "MX-", "M", "us", "U1", "US-12", "US-1a", "EU", "USA", "US-ABC-D",
	"en", "es-MX", "es-mx", "zh-Hant-TW", "eng", "engl", "e", "EN", "en-", "en-x", "en-x1000", "en-abcdefgh",
	"en-abcdefghi", "sr-Latn-RS", "en--US", "en-US-", "de-CH-1901", "x-private",
}

func TestIdentifierChecksAgreeWithPatterns(t *testing.T) {
	for _, s := range identifierCases {
		checkIdentifierChecks(t, s)
	}
}

func checkIdentifierChecks(t *testing.T, s string) {
	t.Helper()
	if got, want := bilateral.IsIdentifier(s), idRE.MatchString(s) && len(s) <= bilateral.IDMaxLength; got != want {
		t.Errorf("IsIdentifier(%q) = %v, IDPattern and IDMaxLength say %v", s, got, want)
	}
	if got, want := bilateral.ID(s).IsValid(), bilateral.IsIdentifier(s); got != want {
		t.Errorf("ID(%q).IsValid() = %v, IsIdentifier %v", s, got, want)
	}
	if got, want := bilateral.PartyCode(s).IsValid(), partyCodeRE.MatchString(s); got != want {
		t.Errorf("PartyCode(%q).IsValid() = %v, PartyCodePattern says %v", s, got, want)
	}
	if got, want := bilateral.LanguageTag(s).IsValid(), languageTagRE.MatchString(s); got != want {
		t.Errorf("LanguageTag(%q).IsValid() = %v, LanguageTagPattern says %v", s, got, want)
	}
}

func FuzzIdentifierChecks(f *testing.F) {
	for _, s := range identifierCases {
		f.Add(s)
	}
	f.Fuzz(checkIdentifierChecks)
}

// TestIdentifierChecksDoNotAllocate checks what Validate relies on to
// allocate nothing.
func TestIdentifierChecksDoNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		sinkBool = bilateral.IsIdentifier("trade-policy-harmonization") &&
			bilateral.PartyCode("MX-CMX").IsValid() && bilateral.LanguageTag("zh-Hant-TW").IsValid()
	})
	if allocs != 0 {
		t.Errorf("%v allocations", allocs)
	}
}
