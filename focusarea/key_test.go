package focusarea_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
)

func TestParseKey(t *testing.T) {
	tests := []struct {
		in        string
		wellFormd bool
		known     bool
	}{
		{"trade", true, true},
		{"border-management", true, true},
		{"public-health", true, true},
		{"water-rights", true, false}, // well formed, not in the vocabulary
		{"a", true, false},
		{"x1-2y", true, false},
		{strings.Repeat("k", 64), true, false},
		{strings.Repeat("k", 65), false, false},
		{"", false, false},
		{"Trade", false, false},
		{"border_management", false, false},
		{"border--management", false, false},
		{"-trade", false, false},
		{"trade-", false, false},
		{"trade ", false, false},
		{"comercio exterior", false, false},
	}
	for _, tt := range tests {
		k, err := focusarea.ParseKey(tt.in)
		if tt.wellFormd {
			if err != nil || k != focusarea.Key(tt.in) {
				t.Errorf("ParseKey(%q) = %q, %v; want the key, nil", tt.in, k, err)
			}
		} else {
			var pe *bilateral.ParseError
			if !errors.As(err, &pe) || !errors.Is(err, bilateral.ErrSyntax) || pe.Func != "focusarea.ParseKey" || pe.Input != tt.in || k != "" {
				t.Errorf("ParseKey(%q) = %q, %v; want \"\" and a *ParseError wrapping ErrSyntax", tt.in, k, err)
			}
		}
		if got := focusarea.Key(tt.in).IsValid(); got != tt.wellFormd {
			t.Errorf("Key(%q).IsValid() = %v, want %v", tt.in, got, tt.wellFormd)
		}
		if got := focusarea.Key(tt.in).Known(); got != tt.known {
			t.Errorf("Key(%q).Known() = %v, want %v", tt.in, got, tt.known)
		}
	}
}

func TestVocabulary(t *testing.T) {
	vocab := focusarea.Vocabulary()
	if len(vocab) != 13 {
		t.Fatalf("len(Vocabulary()) = %d, want the 13 keys of the spec", len(vocab))
	}
	seen := map[focusarea.Key]bool{}
	for _, d := range vocab {
		if seen[d.Value] {
			t.Errorf("%q is defined twice", d.Value)
		}
		seen[d.Value] = true
		if !d.Value.IsValid() || !d.Value.Known() {
			t.Errorf("%q: IsValid %v, Known %v; want both", d.Value, d.Value.IsValid(), d.Value.Known())
		}
		for _, lang := range []string{"en", "es", "fr"} {
			if s, ok := d.Title.Lookup(lang); !ok || s == "" {
				t.Errorf("%q has no %s title", d.Value, lang)
			}
		}
		if d.Description.IsZero() {
			t.Errorf("%q has no description", d.Value)
		}
		got, ok := d.Value.Definition()
		if !ok || got.Value != d.Value || !got.Title.Equal(d.Title) {
			t.Errorf("%q.Definition() = %v, %v; want its vocabulary entry", d.Value, got, ok)
		}
	}
	// The result is a copy: changing it changes nothing else.
	vocab[0].Value = "changed"
	if focusarea.Vocabulary()[0].Value == "changed" || !focusarea.Trade.Known() {
		t.Error("changing the slice Vocabulary returned changed the vocabulary")
	}
}

func TestDisplayTitle(t *testing.T) {
	title := func(a focusarea.Area) (string, string) {
		tt := a.DisplayTitle()
		return tt.In("en"), tt.In("es")
	}
	if en, es := title(focusarea.Area{Key: focusarea.BorderManagement}); en != "Border management" || es != "Gestión fronteriza" {
		t.Errorf("default title = %q, %q; want the vocabulary's", en, es)
	}
	own := focusarea.Area{Key: focusarea.Trade, Title: bilateral.PlainText("Trade Facilitation")}
	if en, _ := title(own); en != "Trade Facilitation" {
		t.Errorf("own title = %q, want the area's own", en)
	}
	if got := (&focusarea.Area{Key: "river-basins"}).DisplayTitle(); !got.IsZero() {
		t.Errorf("title of an untitled unknown key = %v, want the zero Text", got)
	}
}

func TestEnumsRejectUnknownValues(t *testing.T) {
	var d focusarea.Direction
	if err := d.UnmarshalText([]byte("increase")); err != nil || d != focusarea.Increase {
		t.Errorf("Direction.UnmarshalText(increase) = %v, %q", err, d)
	}
	if err := d.UnmarshalText([]byte("up")); !errors.Is(err, bilateral.ErrSyntax) || d != focusarea.Increase {
		t.Errorf("Direction.UnmarshalText(up) = %v and set %q; want ErrSyntax and no change", err, d)
	}
	var u focusarea.Unit
	if err := u.UnmarshalText([]byte("percent")); err != nil || u != focusarea.Percent {
		t.Errorf("Unit.UnmarshalText(percent) = %v, %q", err, u)
	}
	err := u.UnmarshalText([]byte("%"))
	var pe *bilateral.ParseError
	if !errors.As(err, &pe) || pe.Func != "focusarea.Unit.UnmarshalText" || pe.Input != "%" {
		t.Errorf("Unit.UnmarshalText(%%) = %v, want a *ParseError naming the method and input", err)
	}
	// The message lists the allowed values, so a person can mend the input.
	for _, v := range []string{"percent", "absolute", "index"} {
		if !strings.Contains(err.Error(), v) {
			t.Errorf("the error %q does not list %q", err, v)
		}
	}
	for _, d := range focusarea.Directions() {
		if !d.Value.IsValid() {
			t.Errorf("Direction %q is defined but not valid", d.Value)
		}
	}
	if focusarea.Direction("").IsValid() || focusarea.Unit("").IsValid() {
		t.Error("the empty Direction or Unit is valid")
	}
}
