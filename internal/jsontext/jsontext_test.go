package jsontext

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSkipSpace(t *testing.T) {
	tests := []struct {
		data string
		i    int
		want int
	}{
		{"", 0, 0},
		{"x", 0, 0},
		{" \t\r\nx", 0, 4},
		{"   ", 0, 3},
		{"a  b", 1, 3},
		{"ab", 2, 2},
		{"\v\f", 0, 0},    // not JSON white space
		{"\u00a0x", 0, 0}, // nor is a no-break space
		{"\u2028x", 0, 0}, // nor a line separator
		{" \x00", 0, 1},
	}
	for _, tt := range tests {
		if got := SkipSpace([]byte(tt.data), tt.i); got != tt.want {
			t.Errorf("SkipSpace(%q, %d) = %d, want %d", tt.data, tt.i, got, tt.want)
		}
	}
	for c := 0; c < 256; c++ {
		want := c == ' ' || c == '\t' || c == '\n' || c == '\r'
		if got := IsSpace(byte(c)); got != want {
			t.Errorf("IsSpace(%q) = %v, want %v", c, got, want)
		}
	}
}

func TestScanString(t *testing.T) {
	tests := []struct {
		data    string
		i       int
		end     int
		escaped bool
		err     error
	}{
		{`""`, 0, 2, false, nil},
		{`"abc"`, 0, 5, false, nil},
		{`"abc" tail`, 0, 5, false, nil},
		{`xx"ab"`, 2, 6, false, nil},
		{`"a\"b"`, 0, 6, true, nil},
		{`"\\"`, 0, 4, true, nil},
		{`"\/\b\f\n\r\t"`, 0, 14, true, nil},
		{`"\u00e9"`, 0, 8, true, nil},
		{`"\uD83D\uDE00"`, 0, 14, true, nil},
		{`"\ud800"`, 0, 1, true, ErrSurrogate}, // a lone surrogate stands for no character
		{"\"é日😀\"", 0, 11, false, nil},
		{"\"\x7f\"", 0, 3, false, nil},

		{`"`, 0, 1, false, ErrUnterminated},
		{`"abc`, 0, 4, false, ErrUnterminated},
		{`"a\`, 0, 2, true, ErrUnterminated},
		{`"a\"`, 0, 4, true, ErrUnterminated},
		{`"\x"`, 0, 1, true, ErrEscape},
		{`"ab\'"`, 0, 3, true, ErrEscape},
		{`"\U0041"`, 0, 1, true, ErrEscape},
		{`"\u12"`, 0, 1, true, ErrEscape},
		{`"\u12g4"`, 0, 1, true, ErrEscape},
		{`"\u`, 0, 1, true, ErrEscape},
		{"\"a\x01\"", 0, 2, false, ErrControl},
		{"\"a\x1f\"", 0, 2, false, ErrControl},
		{"\"\n\"", 0, 1, false, ErrControl},
		{"\"\t\"", 0, 1, false, ErrControl},
		{"\"\x00\"", 0, 1, false, ErrControl},
		{"\"a\xff\"", 0, 2, false, ErrUTF8},
		{"\"\xc3\"", 0, 1, false, ErrUTF8},         // truncated sequence
		{"\"\xed\xa0\x80\"", 0, 1, false, ErrUTF8}, // an encoded surrogate
		{"\"\xc0\xaf\"", 0, 1, false, ErrUTF8},     // overlong
		{"\"\xf4\x90\x80\x80\"", 0, 1, false, ErrUTF8},
	}
	for _, tt := range tests {
		end, escaped, err := ScanString([]byte(tt.data), tt.i)
		if end != tt.end || escaped != tt.escaped || !errors.Is(err, tt.err) {
			t.Errorf("ScanString(%q, %d) = %d, %v, %v; want %d, %v, %v",
				tt.data, tt.i, end, escaped, err, tt.end, tt.escaped, tt.err)
		}
	}
}

// stringTests are JSON strings and the Go strings they hold.
var stringTests = []struct {
	json string
	want string
}{
	{`""`, ""},
	{`"plain"`, "plain"},
	{`"\"\\\/\b\f\n\r\t"`, "\"\\/\b\f\n\r\t"},
	{`"\u0000\u001f\u0020"`, "\x00\x1f "},
	{`"\u00e9\u00E9é"`, "ééé"},
	{`"\u65e5\u672c"`, "日本"},
	{`"\ud83d\ude00"`, "😀"},
	{`"\uD83D\uDE00"`, "😀"},
	{`"\uffff\ufffe\ufeff"`, "\uffff\ufffe\ufeff"},
	{"\"\u2028\u2029\"", "\u2028\u2029"},
	{`"\u2028"`, "\u2028"},
	{"\"\x7f\"", "\x7f"},
	{`"<&>"`, "<&>"},
	{`"\u003c\u0026\u003e"`, "<&>"},
}

func TestString(t *testing.T) {
	for _, tt := range stringTests {
		data := []byte("  " + tt.json + " ,")
		got, end, err := String(data, 2)
		if err != nil || got != tt.want || end != 2+len(tt.json) {
			t.Errorf("String(%s) = %q, %d, %v; want %q, %d, nil", tt.json, got, end, err, tt.want, 2+len(tt.json))
		}
		// encoding/json agrees.
		var want string
		if err := json.Unmarshal([]byte(tt.json), &want); err != nil {
			t.Fatalf("encoding/json rejects %s: %v", tt.json, err)
		}
		if got != want {
			t.Errorf("String(%s) = %q, encoding/json gives %q", tt.json, got, want)
		}
		if hasLoneSurrogate([]byte(tt.json)) {
			t.Errorf("hasLoneSurrogate(%s) = true", tt.json)
		}
		if _, escaped, _ := ScanString([]byte(tt.json), 0); escaped {
			if u := Unescape([]byte(tt.json)); u != want {
				t.Errorf("Unescape(%s) = %q, want %q", tt.json, u, want)
			}
		}
	}
	// Errors come from ScanString, with the offending index.
	for _, tt := range []struct {
		data string
		end  int
		err  error
	}{
		{`"abc`, 4, ErrUnterminated},
		{`"\q"`, 1, ErrEscape},
		{"\"a\x02\"", 2, ErrControl},
		{"\"ab\xfe\"", 3, ErrUTF8},
		// encoding/json reads a lone surrogate as U+FFFD; String
		// rejects it, so that no text is changed without a word.
		{`"\ud83d"`, 1, ErrSurrogate},                  // a lone high surrogate
		{`"\ude00"`, 1, ErrSurrogate},                  // a lone low surrogate
		{`"\ude00\ud83d"`, 1, ErrSurrogate},            // in the wrong order
		{`"\ud83dx"`, 1, ErrSurrogate},                 // followed by a character
		{`"\ud83dxude00"`, 1, ErrSurrogate},            // by "u" and hex digits, but no escape
		{`"\ud83d\u0041"`, 1, ErrSurrogate},            // followed by another escape
		{`"\ud83d\ud83d\ude00"`, 1, ErrSurrogate},      // two high surrogates
		{`"\ud83d\\ude00"`, 1, ErrSurrogate},           // an escaped backslash
		{`"\ud83d\n"`, 1, ErrSurrogate},                // followed by another escape
		{`"a\ud83d"`, 2, ErrSurrogate},                 // at the end
		{`"\ud83d\ude0"`, 7, ErrEscape},                // a low escape cut short
		{`"ok \ud83d\ude00 \udfff"`, 17, ErrSurrogate}, // after a pair
	} {
		s, end, err := String([]byte(tt.data), 0)
		if s != "" || end != tt.end || !errors.Is(err, tt.err) {
			t.Errorf("String(%q) = %q, %d, %v; want \"\", %d, %v", tt.data, s, end, err, tt.end, tt.err)
		}
		if tt.err == ErrSurrogate && !hasLoneSurrogate([]byte(tt.data)) {
			t.Errorf("hasLoneSurrogate(%q) = false", tt.data)
		}
	}
}

func TestAppendString(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", `""`},
		{"plain", `"plain"`},
		{`"`, `"\""`},
		{`\`, `"\\"`},
		{"/", `"/"`},
		{"\n\r\t", `"\n\r\t"`},
		{"\x00", `"\u0000"`},
		{"\x01\x1f", `"\u0001\u001f"`},
		{"\b\f", `"\u0008\u000c"`},
		{"\x7f", "\"\x7f\""},
		{"<&>", `"<&>"`},
		{"é日😀", `"é日😀"`},
		{"\u2028\u2029", "\"\u2028\u2029\""},
		{"\ufffd", "\"\ufffd\""},
		{"a\xffb", `"a\ufffdb"`},
		{"\xc3", `"\ufffd"`},
		{"\xed\xa0\x80", `"\ufffd\ufffd\ufffd"`}, // an encoded surrogate, byte by byte
		{"ok\xe2\x82", `"ok\ufffd\ufffd"`},
	}
	for _, tt := range tests {
		if got := string(AppendString(nil, tt.in)); got != tt.want {
			t.Errorf("AppendString(%q) = %s, want %s", tt.in, got, tt.want)
		}
		if got := string(AppendString([]byte("x:"), tt.in)); got != "x:"+tt.want {
			t.Errorf("AppendString(\"x:\", %q) = %s, want x:%s", tt.in, got, tt.want)
		}
		checkAppendString(t, tt.in)
	}
	for _, tt := range stringTests {
		checkAppendString(t, tt.want)
	}
}

// checkAppendString checks that AppendString(s) is a JSON string that
// encoding/json reads as it reads its own encoding of s, and that String
// reads back s when it is valid UTF-8.
func checkAppendString(t *testing.T, s string) {
	t.Helper()
	out := AppendString(nil, s)
	if !json.Valid(out) {
		t.Fatalf("AppendString(%q) = %s, which is not valid JSON", s, out)
	}
	var got, want string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("json.Unmarshal(AppendString(%q) = %s): %v", s, out, err)
	}
	std, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(std, &want); err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Fatalf("AppendString(%q) = %s reads as %q; encoding/json writes %s, which reads as %q", s, out, got, std, want)
	}
	if !utf8.Valid(out) {
		t.Fatalf("AppendString(%q) = %q is not valid UTF-8", s, out)
	}
	if utf8.ValidString(s) {
		if got != s {
			t.Fatalf("AppendString(%q) = %s reads as %q", s, out, got)
		}
		back, end, err := String(out, 0)
		if err != nil || back != s || end != len(out) {
			t.Fatalf("String(AppendString(%q) = %s) = %q, %d, %v", s, out, back, end, err)
		}
	} else if got != strings.ToValidUTF8(got, "\ufffd") {
		t.Fatalf("AppendString(%q) reads back as invalid UTF-8 %q", s, got)
	}
}

// FuzzString checks that String reads every JSON string as encoding/json
// does, for valid UTF-8, and never panics.
func FuzzString(f *testing.F) {
	for _, tt := range stringTests {
		f.Add([]byte(tt.json))
	}
	for _, s := range []string{
		` "ws" `, `"abc`, `"a\`, `"\x"`, `"\u12"`, `"\u12g4"`, "\"\x01\"", "\"\xff\"",
		`"a" "b"`, `"\ud83d\ude0"`, `"\ud83d\u"`, `"`, `x`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		i := SkipSpace(data, 0)
		if i == len(data) || data[i] != '"' {
			return
		}
		s, end, err := String(data, i) // never panics
		if err == nil {
			if end <= i+1 || end > len(data) || data[end-1] != '"' {
				t.Fatalf("String(%q, %d) = %q, end %d", data, i, s, end)
			}
		} else if end < i || end > len(data) {
			t.Fatalf("String(%q, %d): %v at %d, outside the data", data, i, err, end)
		}
		if !utf8.Valid(data) {
			return
		}
		var want string
		jerr := json.Unmarshal(data, &want)
		whole := err == nil && SkipSpace(data, end) == len(data)
		if jerr == nil && hasLoneSurrogate(data) {
			// encoding/json reads it as U+FFFD; String rejects it, so that
			// no text is changed without a word.
			if !errors.Is(err, ErrSurrogate) {
				t.Fatalf("String(%q) = %q, %v; want ErrSurrogate", data, s, err)
			}
			return
		}
		if errors.Is(err, ErrSurrogate) && !hasLoneSurrogate(data) {
			t.Fatalf("String(%q): %v, but it has no lone surrogate", data, err)
		}
		if jerr == nil {
			if !whole || s != want {
				t.Fatalf("String(%q) = %q, %d, %v; encoding/json reads %q", data, s, end, err, want)
			}
		} else if whole {
			t.Fatalf("String(%q) = %q, but encoding/json rejects it: %v", data, s, jerr)
		}
		if err == nil {
			checkAppendString(t, s)
		}
	})
}

// FuzzAppendString checks that AppendString writes what encoding/json reads
// back as it reads its own encoding.
func FuzzAppendString(f *testing.F) {
	for _, tt := range stringTests {
		f.Add(tt.want)
	}
	for _, s := range []string{"a\xffb", "\xed\xa0\x80", "\xc3", "\x00\x1f\x7f", "<&>", "\u2028"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkAppendString(t, s)
	})
}

// hasLoneSurrogate reports whether the JSON string in data holds a \u escape
// of a surrogate that is not a high surrogate followed at once by an escaped
// low one.
func hasLoneSurrogate(data []byte) bool {
	isHex := func(b []byte) bool {
		_, err := strconv.ParseUint(string(b), 16, 16)
		return len(b) == 4 && err == nil
	}
	escape := func(i int) (rune, bool) { // the \u escape at data[i], if any
		if i+6 > len(data) || data[i] != '\\' || data[i+1] != 'u' || !isHex(data[i+2:i+6]) {
			return 0, false
		}
		n, _ := strconv.ParseUint(string(data[i+2:i+6]), 16, 16)
		return rune(n), true
	}
	for i := 0; i < len(data); i++ {
		if data[i] != '\\' {
			continue
		}
		r, ok := escape(i)
		switch {
		case !ok:
			i++ // another escape: skip its second byte
		case 0xd800 <= r && r < 0xdc00:
			if low, ok := escape(i + 6); !ok || low < 0xdc00 || low >= 0xe000 {
				return true
			}
			i += 11
		case 0xdc00 <= r && r < 0xe000:
			return true
		default:
			i += 5
		}
	}
	return false
}

// TestSpecial checks the word-at-a-time test of ScanString against a byte
// at a time: never false where a byte needs a look of its own.
func TestSpecial(t *testing.T) {
	needs := func(c byte) bool { return c == '"' || c == '\\' || c < 0x20 || c >= 0x80 }
	for c := range 256 {
		for pos := range 8 {
			w := []byte("abcdefgh")
			w[pos] = byte(c)
			got := special(binary.LittleEndian.Uint64(w))
			if needs(byte(c)) && !got {
				t.Errorf("special(%q) = false", w)
			}
			if !needs(byte(c)) && got {
				t.Errorf("special(%q) = true for plain ASCII", w)
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		w := r.Uint64()
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], w)
		want := false
		for _, c := range b {
			want = want || needs(c)
		}
		if special(w) != want {
			t.Fatalf("special(%q) = %v", b, !want)
		}
	}
}

func BenchmarkScanString(b *testing.B) {
	for _, s := range []string{
		"Establishment of quarterly review sessions to assess trade barriers and tariffs",
		"Cooperación en seguridad fronteriza y energía: revisión trimestral de aranceles",
	} {
		data := []byte(`"` + s + `"`)
		b.Run(strconv.Itoa(len(s)), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				ScanString(data, 0)
			}
		})
	}
}

func FuzzStringEnd(f *testing.F) {
	for _, tt := range stringTests {
		f.Add([]byte(tt.json))
	}
	f.Add([]byte(`"abcdefghijklmnop\"qrstuvwxyz\\"`))
	f.Add([]byte(`"unterminated and long enough for words`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 || data[0] != '"' {
			return
		}
		// Where ScanString finds the end, StringEnd finds it too.
		end, _, err := ScanString(data, 0)
		if got := StringEnd(data, 0); err == nil && got != end {
			t.Fatalf("StringEnd(%q) = %d, ScanString ends at %d", data, got, end)
		} else if got < 1 || got > len(data) {
			t.Fatalf("StringEnd(%q) = %d", data, got)
		}
	})
}

func TestDuplicateErrorIsBounded(t *testing.T) {
	err := &DuplicateError{Name: strings.Repeat("x", 1<<20)}
	if n := len(err.Error()); n > 200 {
		t.Errorf("Error() is %d bytes", n)
	}
}
