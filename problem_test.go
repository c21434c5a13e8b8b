package bilateral_test

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/google/go-cmp/cmp"
)

// unescapeToken undoes the RFC 6901 escaping of one reference token.
func unescapeToken(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~1", "/"), "~0", "~")
}

func TestPointer(t *testing.T) {
	tests := []struct {
		tokens []string
		want   string
	}{
		{nil, ""},
		{[]string{"milestones", "2", "quarter"}, "/milestones/2/quarter"},
		{[]string{"a/b~c"}, "/a~1b~0c"},
		{[]string{"~1"}, "/~01"}, // "~" first, so that "~1" does not become "/"
		{[]string{"~0"}, "/~00"},
		{[]string{"/"}, "/~1"},
		{[]string{"~"}, "/~0"},
		{[]string{"~~//"}, "/~0~0~1~1"},
		{[]string{""}, "/"},
		{[]string{"a", ""}, "/a/"},
		{[]string{"", ""}, "//"},
		{[]string{"título", "日本"}, "/título/日本"},
		{[]string{"a%20b", "c d", `e"f`, `g\h`}, `/a%20b/c d/e"f/g\h`},
	}
	for _, tt := range tests {
		got := bilateral.Pointer(tt.tokens...)
		if got != tt.want {
			t.Errorf("Pointer(%q) = %q, want %q", tt.tokens, got, tt.want)
		}
		// RFC 6901 evaluation gives the tokens back.
		if len(tt.tokens) > 0 {
			var back []string
			for _, tok := range strings.Split(got, "/")[1:] {
				back = append(back, unescapeToken(tok))
			}
			if diff := cmp.Diff(tt.tokens, back); diff != "" {
				t.Errorf("Pointer(%q) = %q does not decode to its tokens (-want +got):\n%s", tt.tokens, got, diff)
			}
		}
	}
}

func TestAppendPointer(t *testing.T) {
	var b []byte
	b = bilateral.AppendPointerToken(b, "milestones")
	b = bilateral.AppendPointerIndex(b, 10)
	b = bilateral.AppendPointerToken(b, "a/b~c")
	b = bilateral.AppendPointerIndex(b, 0)
	if got, want := string(b), "/milestones/10/a~1b~0c/0"; got != want {
		t.Errorf("Append... = %q, want %q", got, want)
	}
	if got, want := string(bilateral.AppendPointerToken([]byte("/x"), "")), "/x/"; got != want {
		t.Errorf("AppendPointerToken(\"/x\", \"\") = %q, want %q", got, want)
	}
	for _, i := range []int{0, 1, 9, 10, 12345} {
		if got, want := string(bilateral.AppendPointerIndex(nil, i)), bilateral.Pointer(strconv.Itoa(i)); got != want {
			t.Errorf("AppendPointerIndex(%d) = %q, want %q", i, got, want)
		}
	}
}

func TestComparePointers(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"/a", "/a", 0},
		{"/a/10", "/a/10", 0},
		{"", "/", -1},
		{"", "/a", -1},
		{"/a", "/a/b", -1}, // a parent before its children
		{"/a", "/a/0", -1},
		{"/a", "/a/", -1},
		{"/a/b", "/a-", -1}, // token by token, not byte by byte: "/" > "-"
		{"/a/b", "/a.", -1},
		{"/a/b", "/ab", -1},
		{"/a/2", "/a/10", -1}, // indexes in numeric order
		{"/a/9", "/a/10", -1},
		{"/a/0", "/a/1", -1},
		{"/a/99/z", "/a/100", -1},
		{"/milestones/2/quarter", "/milestones/10", -1},
		{"/milestones/2", "/milestones/10/quarter", -1},
		{"/a/b", "/a/c", -1},
		{"/a/B", "/a/a", -1},
		{"/a/1", "/a/01", -1}, // "01" is not an index: an index comes first
		{"/a/2", "/a/01", -1},
		{"/a/10", "/a/b", -1}, // an index before a name
		{"/a/10", "/a/1a", -1},
		{"/a/2", "/a/1a", -1},
		{"/a/01", "/a/1a", -1}, // two names: compared as strings
		{"/a/z", "/b", -1},
		{"/z", "a", -1}, // a pointer before what is not one
		{"", "a", -1},
		{"a", "b", -1}, // neither is a pointer: compared as strings
		{"b/10", "b/9", -1},
		{"/", "/a", -1},
		{"/a~0", "/a~1", -1},
	}
	for _, tt := range tests {
		if got := bilateral.ComparePointers(tt.a, tt.b); got != tt.want {
			t.Errorf("ComparePointers(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := bilateral.ComparePointers(tt.b, tt.a); got != -tt.want {
			t.Errorf("ComparePointers(%q, %q) = %d, want %d", tt.b, tt.a, got, -tt.want)
		}
	}

	// The order is transitive, even where indexes and names mix.
	tokens := []string{"/2", "/10", "/1a", "/01", "/b", "/0", "", "a", "b/1"}
	for _, a := range tokens {
		for _, b := range tokens {
			for _, c := range tokens {
				ab, bc, ac := bilateral.ComparePointers(a, b), bilateral.ComparePointers(b, c), bilateral.ComparePointers(a, c)
				if ab < 0 && bc < 0 && ac >= 0 {
					t.Errorf("ComparePointers is not transitive: %q < %q < %q but not %q < %q", a, b, c, a, c)
				}
			}
		}
	}

	// Sorting pointers in an array puts them in document order.
	want := []string{
		"",
		"/focusAreas",
		"/focusAreas/0",
		"/focusAreas/0/title",
		"/focusAreas/1",
		"/focusAreas/2",
		"/focusAreas/2/actions/3",
		"/focusAreas/2/actions/20",
		"/focusAreas/10",
		"/focusAreas/11/key",
		"/focusAreas/100",
		"/milestones/9/quarter",
		"/milestones/10/quarter",
	}
	got := slices.Clone(want)
	slices.Reverse(got)
	got[1], got[7] = got[7], got[1]
	slices.SortFunc(got, bilateral.ComparePointers)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("slices.SortFunc(pointers, ComparePointers) mismatch (-want +got):\n%s", diff)
	}
}

func TestProblemString(t *testing.T) {
	// The documented example.
	p := bilateral.Problem{
		Path:    "/milestones/2/quarter",
		Code:    "quarter.outside-term",
		Message: "2026-Q1 is after the end of the term, 2025-Q4",
	}
	want := "/milestones/2/quarter: 2026-Q1 is after the end of the term, 2025-Q4 (quarter.outside-term)"
	if got := p.String(); got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	// The whole document has a name rather than an empty path.
	whole := bilateral.Problem{Code: "x.y", Message: "m"}
	if s := whole.String(); strings.HasPrefix(s, ":") || !strings.Contains(s, "x.y") || !strings.Contains(s, "m") {
		t.Errorf("String() of a problem with no path = %q", s)
	}
}

func sampleProblems() bilateral.Problems {
	return bilateral.Problems{
		{Path: "/milestones/10/quarter", Code: "quarter.outside-term", Message: "b"},
		{Path: "/milestones/2/quarter", Code: "quarter.outside-term", Message: "z"},
		{Path: "", Code: "document.empty", Message: "m"},
		{Path: "/milestones/2/quarter", Code: "quarter.outside-term", Message: "a"},
		{Path: "/milestones/2", Code: "required", Message: "m"},
		{Path: "/milestones/2/quarter", Code: "milestone.before-dependency", Message: "z"},
		{Path: "/commitments/0", Code: "id.duplicate", Message: "m"},
		{Path: "/milestones/2/quarter", Code: "quarter.outside-term", Message: "a"},
	}
}

func sortedSampleProblems() bilateral.Problems {
	return bilateral.Problems{
		{Path: "", Code: "document.empty", Message: "m"},
		{Path: "/commitments/0", Code: "id.duplicate", Message: "m"},
		{Path: "/milestones/2", Code: "required", Message: "m"},
		{Path: "/milestones/2/quarter", Code: "milestone.before-dependency", Message: "z"},
		{Path: "/milestones/2/quarter", Code: "quarter.outside-term", Message: "a"},
		{Path: "/milestones/2/quarter", Code: "quarter.outside-term", Message: "a"},
		{Path: "/milestones/2/quarter", Code: "quarter.outside-term", Message: "z"},
		{Path: "/milestones/10/quarter", Code: "quarter.outside-term", Message: "b"},
	}
}

func TestProblemsSort(t *testing.T) {
	ps := sampleProblems()
	ps.Sort()
	if diff := cmp.Diff(sortedSampleProblems(), ps); diff != "" {
		t.Errorf("Sort mismatch (-want +got):\n%s", diff)
	}
	// Sorting a sorted list changes nothing, and neither does sorting
	// an empty one.
	ps.Sort()
	if diff := cmp.Diff(sortedSampleProblems(), ps); diff != "" {
		t.Errorf("second Sort mismatch (-want +got):\n%s", diff)
	}
	bilateral.Problems(nil).Sort()
}

func TestProblemsError(t *testing.T) {
	p := func(i int) bilateral.Problem {
		return bilateral.Problem{Path: bilateral.Pointer("items", strconv.Itoa(i)), Code: "c", Message: "m" + strconv.Itoa(i)}
	}
	if s := (bilateral.Problems{}).Error(); s == "" {
		t.Errorf("Problems{}.Error() is empty")
	}
	one := bilateral.Problems{p(0)}
	if got, want := one.Error(), p(0).String(); got != want {
		t.Errorf("Error() of one problem = %q, want %q", got, want)
	}
	for _, n := range []int{2, 3, 12} {
		var ps bilateral.Problems
		for i := range n {
			ps = append(ps, p(i))
		}
		got := ps.Error()
		// The first problem, and the number of the others.
		if !strings.HasPrefix(got, p(0).String()) || !strings.Contains(got, " "+strconv.Itoa(n-1)+" other") {
			t.Errorf("Error() of %d problems = %q, want the first and the count %d of the others", n, got, n-1)
		}
		if strings.Contains(got, p(1).Message) {
			t.Errorf("Error() of %d problems = %q names the second", n, got)
		}
	}
}

func TestProblemsErr(t *testing.T) {
	if err := bilateral.Problems(nil).Err(); err != nil {
		t.Errorf("Problems(nil).Err() = %#v, want a nil error", err)
	}
	if err := (bilateral.Problems{}).Err(); err != nil {
		t.Errorf("Problems{}.Err() = %#v, want a nil error", err)
	}
	validate := func(ps bilateral.Problems) error { return ps.Err() }
	if err := validate(nil); err != nil {
		t.Errorf("an error returned from Problems(nil).Err() is %#v, want nil", err)
	}

	err := validate(sampleProblems())
	if err == nil {
		t.Fatal("Err() of problems is nil")
	}
	var ps bilateral.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("errors.As(%T, *Problems) = false", err)
	}
	if diff := cmp.Diff(sortedSampleProblems(), ps); diff != "" {
		t.Errorf("Err() problems mismatch (-want +got):\n%s", diff)
	}
}

func TestProblemsErrorsAs(t *testing.T) {
	inner := sampleProblems().Err()
	for _, err := range []error{
		fmt.Errorf("agreement.Parse: %w", inner),
		fmt.Errorf("load %q: %w", "a.json", fmt.Errorf("agreement.Parse: %w", inner)),
		errors.Join(errors.New("other"), inner),
	} {
		var ps bilateral.Problems
		if !errors.As(err, &ps) {
			t.Errorf("errors.As(%v, *Problems) = false", err)
			continue
		}
		if diff := cmp.Diff(sortedSampleProblems(), ps); diff != "" {
			t.Errorf("errors.As(%v) problems mismatch (-want +got):\n%s", err, diff)
		}
	}
	var ps bilateral.Problems
	if errors.As(fmt.Errorf("x: %w", bilateral.ErrSyntax), &ps) {
		t.Errorf("errors.As found Problems in an error without any")
	}
}

func TestProblemsHas(t *testing.T) {
	ps := sortedSampleProblems()
	for _, tt := range []struct {
		code string
		want bool
	}{
		{"quarter.outside-term", true},
		{"document.empty", true},
		{"quarter", false},
		{"quarter.outside", false},
		{"", false},
	} {
		if got := ps.HasCode(tt.code); got != tt.want {
			t.Errorf("HasCode(%q) = %v, want %v", tt.code, got, tt.want)
		}
	}
	for _, tt := range []struct {
		path string
		want bool
	}{
		{"/milestones/2/quarter", true},
		{"/milestones/2", true},
		{"", true},
		{"/milestones", false}, // exactly the path, not a prefix
		{"/milestones/10", false},
		{"/milestones/2/quarter/x", false},
	} {
		if got := ps.HasPath(tt.path); got != tt.want {
			t.Errorf("HasPath(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
	if bilateral.Problems(nil).HasCode("") || bilateral.Problems(nil).HasPath("") {
		t.Errorf("nil Problems has a code or a path")
	}
}

func TestProblemsUnder(t *testing.T) {
	ps := bilateral.Problems{
		{Path: "", Code: "a", Message: "m"},
		{Path: "/title", Code: "b", Message: "m"},
		{Path: "/actions/2", Code: "c", Message: "m"},
	}
	orig := slices.Clone(ps)
	got := ps.Under("/focusAreas/3")
	want := bilateral.Problems{
		{Path: "/focusAreas/3", Code: "a", Message: "m"},
		{Path: "/focusAreas/3/title", Code: "b", Message: "m"},
		{Path: "/focusAreas/3/actions/2", Code: "c", Message: "m"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Under mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(orig, ps); diff != "" {
		t.Errorf("Under changed its receiver (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(orig, ps.Under("")); diff != "" {
		t.Errorf("Under(\"\") mismatch (-want +got):\n%s", diff)
	}
	if got := bilateral.Problems(nil).Under("/x"); len(got) != 0 {
		t.Errorf("Problems(nil).Under = %v, want none", got)
	}
}

func TestJoin(t *testing.T) {
	if got := bilateral.Join(); got != nil {
		t.Errorf("Join() = %#v, want nil", got)
	}
	if got := bilateral.Join(nil, bilateral.Problems{}, nil); got != nil {
		t.Errorf("Join(nil, {}, nil) = %#v, want nil", got)
	}
	all := sampleProblems()
	a, b := slices.Clone(all[:3]), slices.Clone(all[3:])
	origA, origB := slices.Clone(a), slices.Clone(b)
	got := bilateral.Join(a, nil, b)
	if diff := cmp.Diff(sortedSampleProblems(), got); diff != "" {
		t.Errorf("Join mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(origA, a); diff != "" {
		t.Errorf("Join changed its first part (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(origB, b); diff != "" {
		t.Errorf("Join changed its last part (-want +got):\n%s", diff)
	}
	// Join of the parts of a document, each Under its place.
	got = bilateral.Join(
		bilateral.Problems{{Path: "/title", Code: "x", Message: "m"}}.Under("/focusAreas/10"),
		bilateral.Problems{{Path: "/title", Code: "x", Message: "m"}}.Under("/focusAreas/2"),
	)
	want := bilateral.Problems{
		{Path: "/focusAreas/2/title", Code: "x", Message: "m"},
		{Path: "/focusAreas/10/title", Code: "x", Message: "m"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Join of parts mismatch (-want +got):\n%s", diff)
	}
}

// TestProblemStringOneLine checks that a problem is written on one line
// whatever its path holds: a member name may hold a line break.
func TestProblemStringOneLine(t *testing.T) {
	p := bilateral.Problem{Path: "/a\nb/c\u2028d", Code: "json.unknown-member", Message: "unknown\rmember"}
	got := p.String()
	if strings.ContainsAny(got, "\n\r\u2028") {
		t.Errorf("String() = %q, not one line", got)
	}
	if want := `/a\nb/c\u2028d: unknown\rmember (json.unknown-member)`; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if e := (bilateral.Problems{p, p}).Error(); strings.Contains(e, "\n") {
		t.Errorf("Error() = %q, not one line", e)
	}
}

// TestParseErrorQuotesBounded checks that the message of a parse error of a
// long input stays short, while Input keeps all of it.
func TestParseErrorQuotesBounded(t *testing.T) {
	in := strings.Repeat("Q", 10<<20)
	_, err := bilateral.ParseQuarter(in)
	var pe *bilateral.ParseError
	if !errors.As(err, &pe) || pe.Input != in {
		t.Fatalf("ParseQuarter(10 MiB): %T, want a *ParseError holding the input", err)
	}
	if n := len(err.Error()); n > 200 {
		t.Errorf("Error() of a parse error of 10 MiB is %d bytes long", n)
	}
}
