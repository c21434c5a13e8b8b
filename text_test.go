package bilateral_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/google/go-cmp/cmp"
)

// pair is a language tag and its text, as Text.All yields them.
type pair struct{ Lang, Text string }

func pairs(t bilateral.Text) []pair {
	var ps []pair
	for lang, text := range t.All() {
		ps = append(ps, pair{lang, text})
	}
	return ps
}

func unmarshalText(t *testing.T, data string) bilateral.Text {
	t.Helper()
	var tx bilateral.Text
	if err := json.Unmarshal([]byte(data), &tx); err != nil {
		t.Fatalf("json.Unmarshal(%s): %v", data, err)
	}
	return tx
}

func TestTextJSON(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		out       string // the JSON that MarshalJSON gives back
		plain     bool
		zero      bool
		len       int
		wantPairs []pair
	}{
		{
			name: "plain", in: `"Trade"`, out: `"Trade"`,
			plain: true, wantPairs: []pair{{"", "Trade"}},
		},
		{
			name: "empty plain", in: `""`, out: `""`,
			plain: true, zero: true,
		},
		{
			name: "object in tag order", in: `{"es": "Comercio", "en": "Trade"}`, out: `{"en":"Trade","es":"Comercio"}`,
			len: 2, wantPairs: []pair{{"en", "Trade"}, {"es", "Comercio"}},
		},
		{
			name: "regional tags", in: `{"fr":"f","es-MX":"m","en-GB":"g","es":"s","en":"e"}`,
			out: `{"en":"e","en-GB":"g","es":"s","es-MX":"m","fr":"f"}`,
			len: 5, wantPairs: []pair{{"en", "e"}, {"en-GB", "g"}, {"es", "s"}, {"es-MX", "m"}, {"fr", "f"}},
		},
		{
			name: "empty object", in: `{}`, out: `{}`,
		},
		{
			name: "empty object with space", in: " { \n } ", out: `{}`,
		},
		{
			name: "empty strings in an object", in: `{"en":""}`, out: `{"en":""}`,
			len: 1, wantPairs: []pair{{"en", ""}},
		},
		{
			name: "white space", in: "\t{ \"en\" :\n\"Trade\" , \"es\":\"Comercio\"\r}\n", out: `{"en":"Trade","es":"Comercio"}`,
			len: 2, wantPairs: []pair{{"en", "Trade"}, {"es", "Comercio"}},
		},
		{
			name: "escapes", in: `{"en":"\"Q\" \u0026 \\ \/ \n\ud83d\ude00"}`, out: `{"en":"\"Q\" & \\ / \n😀"}`,
			len: 1, wantPairs: []pair{{"en", "\"Q\" & \\ / \n😀"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx := unmarshalText(t, tt.in)
			if tx.IsPlain() != tt.plain || tx.IsZero() != tt.zero || tx.Len() != tt.len {
				t.Errorf("IsPlain, IsZero, Len = %v, %v, %d; want %v, %v, %d",
					tx.IsPlain(), tx.IsZero(), tx.Len(), tt.plain, tt.zero, tt.len)
			}
			if diff := cmp.Diff(tt.wantPairs, pairs(tx)); diff != "" {
				t.Errorf("All mismatch (-want +got):\n%s", diff)
			}
			b, err := tx.MarshalJSON()
			if err != nil || string(b) != tt.out {
				t.Errorf("MarshalJSON() = %s, %v; want %s", b, err, tt.out)
			}
			// Marshalled again, the form stays the same.
			again := unmarshalText(t, string(b))
			if !again.Equal(tx) || again.IsPlain() != tx.IsPlain() {
				t.Errorf("after a round trip through %s: got %#v, want %#v", b, again, tx)
			}
		})
	}
}

func TestTextEmptyObject(t *testing.T) {
	// {} is an object with no translations: not the zero Text, and it
	// marshals back as an object.
	tx := unmarshalText(t, `{}`)
	if tx.IsZero() || tx.IsPlain() || tx.Len() != 0 {
		t.Errorf("{}: IsZero, IsPlain, Len = %v, %v, %d; want false, false, 0", tx.IsZero(), tx.IsPlain(), tx.Len())
	}
	if tx.Equal(bilateral.Text{}) || (bilateral.Text{}).Equal(tx) {
		t.Errorf("{} is Equal to the zero Text")
	}
	if !tx.Equal(bilateral.Translated(nil)) || !tx.Equal(bilateral.Translated(map[string]string{})) {
		t.Errorf("{} is not Equal to Translated of an empty map")
	}
	if got := tx.In("en"); got != "" {
		t.Errorf("{}.In(en) = %q, want \"\"", got)
	}
}

func TestTextZero(t *testing.T) {
	var z bilateral.Text
	if !z.IsZero() || !z.IsPlain() || z.Len() != 0 {
		t.Errorf("zero Text: IsZero, IsPlain, Len = %v, %v, %d; want true, true, 0", z.IsZero(), z.IsPlain(), z.Len())
	}
	if got := z.In("en"); got != "" {
		t.Errorf("zero Text In(en) = %q", got)
	}
	if got := pairs(z); got != nil {
		t.Errorf("zero Text All yields %v", got)
	}
	if !bilateral.PlainText("").IsZero() || !bilateral.PlainText("").Equal(z) {
		t.Errorf("PlainText(\"\") is not the zero Text")
	}
	if bilateral.PlainText(" ").IsZero() {
		t.Errorf("PlainText(\" \").IsZero() = true")
	}
	if b, err := z.MarshalJSON(); err != nil || string(b) != `""` {
		t.Errorf("zero Text MarshalJSON() = %s, %v; want \"\"", b, err)
	}
}

func TestTextUnmarshalJSONNull(t *testing.T) {
	// Like encoding/json itself, null leaves the value alone.
	for _, in := range []bilateral.Text{
		bilateral.PlainText("Trade"),
		bilateral.Translated(map[string]string{"en": "Trade"}),
		{},
	} {
		tx := in
		if err := json.Unmarshal([]byte(`null`), &tx); err != nil || !tx.Equal(in) {
			t.Errorf("json.Unmarshal(null) into %#v = %#v, %v; want it left alone", in, tx, err)
		}
		tx = in
		if err := tx.UnmarshalJSON([]byte(" null ")); err != nil || !tx.Equal(in) {
			t.Errorf("UnmarshalJSON(null) into %#v = %#v, %v; want it left alone", in, tx, err)
		}
	}
}

func TestTextUnmarshalJSONErrors(t *testing.T) {
	const fn = "Text.UnmarshalJSON"
	for _, in := range []string{
		`{"en":"Trade","en":"Commerce"}`,         // the same tag twice
		`{"en":"Trade","es":"Comercio","en":""}`, // not next to each other
		`{"en":"a","en":"a"}`,                    // even with the same text
		`{"en":1}`,
		`{"en":null}`,
		`{"en":true}`,
		`{"en":["Trade"]}`,
		`{"en":{"US":"Trade"}}`,
		`{"en":"Trade","es":2}`,
		`1`,
		`true`,
		`[]`,
		`["Trade"]`,
	} {
		// Directly, and as encoding/json calls it.
		var tx bilateral.Text
		checkParseError(t, tx.UnmarshalJSON([]byte(in)), fn, in, bilateral.ErrSyntax)
		if !tx.IsZero() {
			t.Errorf("UnmarshalJSON(%s) set %#v", in, tx)
		}
		err := json.Unmarshal([]byte(in), &tx)
		checkParseError(t, err, fn, in, bilateral.ErrSyntax)
	}
	// Malformed input given directly, not through encoding/json.
	for _, in := range []string{
		``, ` `, `"Trade`, `"\x"`, "\"a\x01\"", "\"\xff\"", `{"en`, `{"en":"Trade`, `{"en" "Trade"}`,
		`n`, `nul`, `nonsense`, `null x`, `"a"garbage`, `"a" "b"`, `{"en":"a" "es":"b"}`, `{"en":"a",}`,
		`{"en":"a"}garbage`, `{,}`, `{"en":"a",,"es":"b"}`, `{en:"a"}`, `[`,
	} {
		var tx bilateral.Text
		checkParseError(t, tx.UnmarshalJSON([]byte(in)), fn, in, bilateral.ErrSyntax)
	}
}

func TestTextEqual(t *testing.T) {
	en := map[string]string{"en": "Trade"}
	enes := map[string]string{"en": "Trade", "es": "Comercio"}
	texts := []bilateral.Text{
		{},
		bilateral.PlainText("Trade"),
		bilateral.PlainText("trade"),
		bilateral.Translated(nil),
		bilateral.Translated(en),
		bilateral.Translated(map[string]string{"en": "Commerce"}),
		bilateral.Translated(map[string]string{"en-US": "Trade"}),
		bilateral.Translated(map[string]string{"": "Trade"}),
		bilateral.Translated(enes),
		bilateral.Translated(map[string]string{"en": "Trade", "fr": "Comercio"}),
	}
	for i, a := range texts {
		for j, b := range texts {
			if got := a.Equal(b); got != (i == j) {
				t.Errorf("%#v.Equal(%#v) = %v, want %v", a, b, got, i == j)
			}
		}
	}
	// The same text made in different ways.
	same := [][2]bilateral.Text{
		{bilateral.Translated(enes), unmarshalText(t, `{"es":"Comercio","en":"Trade"}`)},
		{bilateral.Translated(enes), unmarshalText(t, `{"en":"Trade","es":"Comercio"}`)},
		{bilateral.PlainText("Trade"), unmarshalText(t, `"Trade"`)},
		{bilateral.Translated(nil), unmarshalText(t, `{}`)},
	}
	for _, p := range same {
		if !p[0].Equal(p[1]) {
			t.Errorf("%#v.Equal(%#v) = false", p[0], p[1])
		}
		// go-cmp uses Equal, so it compares structs that hold Text.
		type doc struct{ Title bilateral.Text }
		if diff := cmp.Diff(doc{p[0]}, doc{p[1]}); diff != "" {
			t.Errorf("cmp.Diff mismatch (-want +got):\n%s", diff)
		}
	}
}

func TestTranslatedCopies(t *testing.T) {
	m := map[string]string{"en": "Trade", "es": "Comercio"}
	tx := bilateral.Translated(m)
	m["en"] = "Commerce"
	m["fr"] = "Commerce"
	delete(m, "es")
	want := []pair{{"en", "Trade"}, {"es", "Comercio"}}
	if diff := cmp.Diff(want, pairs(tx)); diff != "" {
		t.Errorf("Text changed with its map (-want +got):\n%s", diff)
	}
}

func TestTextIn(t *testing.T) {
	full := bilateral.Translated(map[string]string{
		"en":    "English",
		"es":    "Spanish",
		"es-MX": "Mexican Spanish",
		"fr-CA": "Canadian French",
		"fr-FR": "French French",
		"pt-BR": "Brazilian Portuguese",
		"est":   "Estonian",
	})
	tests := []struct {
		name string
		text bilateral.Text
		lang string
		want string
	}{
		{"exact", full, "es-MX", "Mexican Spanish"},
		{"exact primary", full, "es", "Spanish"},
		{"exact regional", full, "fr-FR", "French French"},
		{"primary for regional", full, "es-AR", "Spanish"},
		{"first regional for primary", full, "fr", "Canadian French"},
		{"first regional for another regional", full, "fr-BE", "Canadian French"},
		{"regional for regional", full, "pt-PT", "Brazilian Portuguese"},
		{"primary is a whole subtag", bilateral.Translated(map[string]string{"fr": "F", "gsw": "Swiss German"}), "g", "F"},
		{"not a prefix of the primary", bilateral.Translated(map[string]string{"en": "English", "est": "Estonian"}), "es", "English"},
		{"not a prefix of the tag", bilateral.Translated(map[string]string{"en": "English", "es": "Spanish"}), "est", "English"},
		{"english", full, "de", "English"},
		{"empty tag", full, "", "English"},
		{"primary before english", bilateral.Translated(map[string]string{"en": "E", "es-MX": "M"}), "es", "M"},
		{"exact before primary", bilateral.Translated(map[string]string{"es": "S", "es-MX": "M"}), "es-MX", "M"},
		{"english before first", bilateral.Translated(map[string]string{"de": "D", "en": "E", "fr": "F"}), "it", "E"},
		{"regional english is not english", bilateral.Translated(map[string]string{"de": "D", "en-GB": "G"}), "it", "D"},
		{"first in tag order", unmarshalText(t, `{"fr":"F","es":"S","pt":"P"}`), "de", "S"},
		{"plain", bilateral.PlainText("Plain"), "es", "Plain"},
		{"plain for english", bilateral.PlainText("Plain"), "en", "Plain"},
		{"plain for empty tag", bilateral.PlainText("Plain"), "", "Plain"},
		{"empty translation found", bilateral.Translated(map[string]string{"en": "E", "es": ""}), "es", ""},
		{"zero", bilateral.Text{}, "en", ""},
		{"empty object", bilateral.Translated(nil), "en", ""},
	}
	for _, tt := range tests {
		if got := tt.text.In(tt.lang); got != tt.want {
			t.Errorf("%s: In(%q) = %q, want %q", tt.name, tt.lang, got, tt.want)
		}
	}
	// String is In("en").
	for _, tt := range tests {
		if got, want := tt.text.String(), tt.text.In("en"); got != want {
			t.Errorf("%s: String() = %q, want In(en) = %q", tt.name, got, want)
		}
	}
}

func TestTextLookup(t *testing.T) {
	tx := bilateral.Translated(map[string]string{"en": "Trade", "es": "Comercio", "es-MX": "", "fr": "Commerce"})
	tests := []struct {
		text bilateral.Text
		lang string
		want string
		ok   bool
	}{
		{tx, "en", "Trade", true},
		{tx, "es", "Comercio", true},
		{tx, "es-MX", "", true},
		{tx, "fr", "Commerce", true},
		{tx, "es-AR", "", false}, // no fallback
		{tx, "de", "", false},
		{tx, "EN", "", false}, // exactly the tag
		{tx, "", "", false},
		{bilateral.PlainText("Trade"), "", "", false}, // plain text has no tag
		{bilateral.PlainText("Trade"), "en", "", false},
		{bilateral.Text{}, "en", "", false},
		{bilateral.Translated(nil), "en", "", false},
	}
	for _, tt := range tests {
		got, ok := tt.text.Lookup(tt.lang)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%#v.Lookup(%q) = %q, %v; want %q, %v", tt.text, tt.lang, got, ok, tt.want, tt.ok)
		}
	}
}

func TestTextAll(t *testing.T) {
	tx := unmarshalText(t, `{"fr":"Commerce","en":"Trade","es":"Comercio"}`)
	want := []pair{{"en", "Trade"}, {"es", "Comercio"}, {"fr", "Commerce"}}
	if diff := cmp.Diff(want, pairs(tx)); diff != "" {
		t.Errorf("All mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]pair{{"", "Trade"}}, pairs(bilateral.PlainText("Trade"))); diff != "" {
		t.Errorf("All of plain text mismatch (-want +got):\n%s", diff)
	}
	// Breaking out of the loop stops the iterator; yielding again would
	// panic.
	var got []pair
	for lang, text := range tx.All() {
		got = append(got, pair{lang, text})
		if len(got) == 2 {
			break
		}
	}
	if diff := cmp.Diff(want[:2], got); diff != "" {
		t.Errorf("All with break mismatch (-want +got):\n%s", diff)
	}
	for range bilateral.PlainText("Trade").All() {
		break
	}
}

// TestTextEncodingJSON round-trips texts with escapes and non-ASCII text
// through encoding/json, inside a struct as a document holds them.
func TestTextEncodingJSON(t *testing.T) {
	type doc struct {
		Title   bilateral.Text   `json:"title"`
		Summary bilateral.Text   `json:"summary"`
		Actions []bilateral.Text `json:"actions"`
	}
	awkward := []string{
		`"quoted"`,
		`back\slash`,
		"new\nline\ttab\rreturn",
		"\x00\x01\x1f\x7f",
		"\b\f",
		"<html> & </html>",
		"line\u2028para\u2029",
		"日本語のテキスト",
		"Comercio exterior: ¿qué sigue?",
		"emoji 😀 and ZWJ 👩‍👩‍👧",
		"\ufeffBOM",
		"\ufffd",
		"/slash/",
	}
	for _, s := range awkward {
		in := doc{
			Title:   bilateral.PlainText(s),
			Summary: bilateral.Translated(map[string]string{"en": s, "es": "x" + s, s: "tag"}),
			Actions: []bilateral.Text{bilateral.PlainText(s), bilateral.Translated(map[string]string{"fr": s})},
		}
		b, err := json.Marshal(in)
		if err != nil {
			t.Fatalf("json.Marshal(%q): %v", s, err)
		}
		var out doc
		if err := json.Unmarshal(b, &out); err != nil {
			t.Fatalf("json.Unmarshal(%s): %v", b, err)
		}
		if diff := cmp.Diff(in, out); diff != "" {
			t.Errorf("round trip of %q through %s mismatch (-want +got):\n%s", s, b, diff)
		}
		if !out.Title.IsPlain() || out.Summary.IsPlain() {
			t.Errorf("round trip of %q changed the form of a Text", s)
		}
	}
}

// TestTextStringsAsEncodingJSON checks that a JSON string means the same to
// Text as to encoding/json.
func TestTextStringsAsEncodingJSON(t *testing.T) {
	for _, in := range []string{
		`"plain"`,
		`"\u00e9\u00E9"`,
		`"\ud83d\ude00"`,
		`"\uD83D\uDE00"`,
		`"\u0000"`,
		`"\/\b\f\n\r\t\"\\"`,
		"\"raw \u2028 and é\"",
	} {
		var want string
		if err := json.Unmarshal([]byte(in), &want); err != nil {
			t.Fatalf("encoding/json rejects %s: %v", in, err)
		}
		tx := unmarshalText(t, in)
		if got := tx.In(""); got != want {
			t.Errorf("Text from %s = %q, encoding/json gives %q", in, got, want)
		}
		obj := unmarshalText(t, `{"en":`+in+`}`)
		if got, _ := obj.Lookup("en"); got != want {
			t.Errorf("Text from {\"en\":%s} = %q, encoding/json gives %q", in, got, want)
		}
	}

	// A lone surrogate, which encoding/json reads as U+FFFD, is an error:
	// no text is changed without a word.
	for _, in := range []string{`"\ud83d"`, `"\ude00"`, `"\ud83dx"`, `"\ud83d\u0041"`, `"\ud83d\ud83d\ude00"`} {
		for _, doc := range []string{in, `{"en":` + in + `}`} {
			var tx bilateral.Text
			if err := tx.UnmarshalJSON([]byte(doc)); !errors.Is(err, bilateral.ErrSyntax) {
				t.Errorf("UnmarshalJSON(%s) = %v, want an error that wraps ErrSyntax", doc, err)
			}
		}
	}

	// Invalid UTF-8 is written as U+FFFD, as encoding/json writes it.
	for _, s := range []string{"a\xffb", "\xed\xa0\x80", "\xc3", "ok\xe2\x82"} {
		b, err := bilateral.PlainText(s).MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		var got, want string
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatalf("MarshalJSON of %q gave invalid JSON %s: %v", s, b, err)
		}
		jb, _ := json.Marshal(s)
		if err := json.Unmarshal(jb, &want); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("MarshalJSON of %q = %s, which decodes to %q; encoding/json writes %q", s, b, got, want)
		}
	}
}

// TestTextIsNotComparable checks that == on texts, which would compare
// where their translations are kept rather than what they say, does not
// compile.
func TestTextIsNotComparable(t *testing.T) {
	if reflect.TypeFor[bilateral.Text]().Comparable() {
		t.Error("Text is comparable with ==; use Equal")
	}
}
