package bounded

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestQuote(t *testing.T) {
	long := strings.Repeat("x", 100)
	tests := []struct{ in, want string }{
		{"", `""`},
		{"2024/Q3", `"2024/Q3"`},
		{"a\nb", `"a\nb"`},
		{strings.Repeat("x", MaxQuote), strconv.Quote(strings.Repeat("x", MaxQuote))},
		{long, strconv.Quote(long[:MaxQuote]) + "…"},
		// A character is never split: é is two bytes, the 64th and 65th.
		{strings.Repeat("x", MaxQuote-1) + "é", strconv.Quote(strings.Repeat("x", MaxQuote-1)) + "…"},
	}
	for _, tt := range tests {
		if got := Quote(tt.in); got != tt.want {
			t.Errorf("Quote(%q) = %s, want %s", tt.in, got, tt.want)
		}
		if got := QuoteBytes([]byte(tt.in)); got != tt.want {
			t.Errorf("QuoteBytes(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	if got := Text(long); got != long[:MaxQuote]+"…" {
		t.Errorf("Text(100 x) = %q", got)
	}
}

func FuzzQuote(f *testing.F) {
	f.Add("plain")
	f.Add(strings.Repeat("é", 40))
	f.Add("\xff\xfe" + strings.Repeat("a", 70))
	f.Fuzz(func(t *testing.T, s string) {
		q := Quote(s)
		body, cut := strings.CutSuffix(q, Ellipsis)
		if cut && len(s) <= MaxQuote {
			t.Fatalf("Quote(%q) = %s: cut a short input", s, q)
		}
		u, err := strconv.Unquote(body)
		if err != nil {
			t.Fatalf("Quote(%q) = %s: not a Go string literal: %v", s, q, err)
		}
		if !strings.HasPrefix(s, u) || len(u) > MaxQuote || (!cut && u != s) {
			t.Fatalf("Quote(%q) = %s, which is not a prefix of at most %d bytes", s, q, MaxQuote)
		}
		if cut && utf8.ValidString(s) && !utf8.ValidString(u) {
			t.Fatalf("Quote(%q) = %s split a character", s, q)
		}
	})
}

func TestPointer(t *testing.T) {
	var p Pointer
	p.Token("milestones")
	p.Index(2)
	p.Token("a/b~c")
	if got, want := p.String(), "/milestones/2/a~1b~0c"; got != want || p.IsCut() {
		t.Errorf("Pointer = %q (cut %v), want %q", got, p.IsCut(), want)
	}

	// A long token is left out, and what follows too.
	p = Pointer{}
	p.Token("x")
	p.Token(strings.Repeat("n", 1<<20))
	p.Token("y")
	p.Index(3)
	if got, want := p.String(), "/x/…"; got != want || !p.IsCut() {
		t.Errorf("Pointer with a 1 MiB token = %q, want %q", got, want)
	}

	// Many short tokens stop at a token boundary within the bound.
	p = Pointer{}
	for i := range 10000 {
		p.Index(i)
	}
	s := p.String()
	if len(s) > MaxPointer || !strings.HasSuffix(s, "/…") || !strings.HasPrefix(s, "/0/1/2/") {
		t.Errorf("Pointer of 10000 indexes = %d bytes ending %q", len(s), s[max(0, len(s)-20):])
	}
	rest := strings.TrimSuffix(s, "/…")
	last := rest[strings.LastIndexByte(rest, '/')+1:]
	if _, err := strconv.Atoi(last); err != nil {
		t.Errorf("Pointer of 10000 indexes was cut inside a token: ends %q", last)
	}

	// A token escaped past the bound is cut, though its raw length fits.
	p = Pointer{}
	p.Token(strings.Repeat("/", MaxPointer-10))
	if got := p.String(); got != "/…" {
		t.Errorf("Pointer of a token that escapes past the bound = %q", got)
	}
}
