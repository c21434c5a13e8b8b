package agreement

import (
	"errors"
	"reflect"
	"slices"
	"strings"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/internal/bounded"
	"github.com/bilateral-go/bilateral/internal/enum"
	"github.com/bilateral-go/bilateral/internal/strictjson"
)

// Parse reads an agreement document and validates it, with the default
// [ParseOptions]. It returns the agreement, or nil and a
// [bilateral.Problems] that holds every problem of the document at once:
// those of the JSON text and those that [Agreement.Validate] finds.
//
// Parse is stricter than encoding/json, so that no part of a document is
// lost or misread without a problem:
//   - a member that the model does not define is a problem, and so is a
//     member name given twice in one object; a misspelt member, one edit
//     or only case away from a member the object lacks ("titel"), is one
//     problem that names the member meant;
//   - a malformed value (a quarter, a code, an enum) is a problem at its
//     JSON Pointer, and the rest of the document is still read and checked;
//   - null and the empty string are never values: leave the member out;
//   - quarters must be in their canonical form, 2024-Q3;
//   - text must be valid UTF-8, with no lone surrogate escape (\ud800),
//     and a number must keep its value: one too large, or so small that it
//     would be read as 0, is a problem;
//   - a syntax error is reported with its line and column, at the
//     innermost place it is in.
//
// Where a value could not be read, the rules about it are not checked, so
// a problem is not reported twice. Parse never panics and never returns a
// partly filled agreement with an error. json.Marshal of a valid agreement
// parses back to an equal value.
//
// The agreement does not refer to data, which the caller may reuse. Its
// short strings share blocks of at most 16 KiB, one allocation for many: a
// string kept long after the rest of a large agreement keeps its block
// alive, unless it is cloned with strings.Clone.
func Parse(data []byte) (*Agreement, error) { return ParseOptions{}.Parse(data) }

// Parse reads an agreement document and validates it, as the package-level
// [Parse] does, within the limits of o.
func (o ParseOptions) Parse(data []byte) (*Agreement, error) {
	a := new(Agreement)
	if ps := o.parse(data, a); len(ps) > 0 {
		return nil, ps
	}
	return a, nil
}

// UnmarshalJSON reads an agreement document as [Parse] does, with the
// default [ParseOptions], so that json.Unmarshal into an Agreement, or into
// a struct that holds one, such as a service's request, is as strict as
// Parse: unknown and repeated members, and every rule of [Agreement.Validate],
// are problems. The error is the [bilateral.Problems] that Parse would
// return, with paths relative to the agreement. null is not an agreement
// either; a member that may be absent is a *Agreement, which
// encoding/json leaves nil for null. On error, a is left as it was.
func (a *Agreement) UnmarshalJSON(data []byte) error {
	if a == nil {
		return errors.New("agreement: UnmarshalJSON into a nil *Agreement")
	}
	var b Agreement
	if ps := (ParseOptions{}).parse(data, &b); len(ps) > 0 {
		return ps
	}
	*a = b
	return nil
}

// fields is an Agreement without methods, for the decoder, which would
// otherwise call UnmarshalJSON.
type fields Agreement

// parse reads data into a, which is zero, and returns its problems, sorted,
// with problems.truncated last when there are too many.
func (o ParseOptions) parse(data []byte, a *Agreement) bilateral.Problems {
	if o.MaxBytes > 0 && len(data) > o.MaxBytes {
		return bilateral.Problems{{Code: CodeJSONTooLarge, Message: tooLargeMessage(len(data), o.MaxBytes)}}
	}
	maxProblems := o.maxProblems()
	var parts invalidParts
	decoded := strictjson.Decode(data, (*fields)(a), strictjson.Options{
		ValueProblem: valueProblem,
		MaxDepth:     o.maxDepth(),
		MaxProblems:  maxProblems,
		Invalid:      parts.invalid,
		MinCounted:   minCounted,
	})
	if decoded.Problems.HasCode(CodeJSONSyntax) || decoded.Problems.HasCode(CodeJSONTooLarge) {
		return decoded.Problems
	}
	var v validator
	v.init(a, slices.Concat(decoded.Unset, decoded.Suggested))
	v.decoded = true
	v.given(decoded.ZeroObjects)
	v.lacks(decoded.Missing)
	if decoded.Truncated {
		v.stoppedAt(decoded.Open)
	}
	if maxProblems > 0 {
		// One more than there is room for, to know that there are more.
		v.max = max(maxProblems-len(decoded.Problems), 0) + 1
	}
	v.agreement()
	v.release()
	found := v.problems
	truncated := maxProblems > 0 && (decoded.Truncated || len(decoded.Problems)+len(found) > maxProblems)
	if truncated {
		// The first found: those of the decoder, then those of validation.
		found = found[:min(len(found), maxProblems-len(decoded.Problems))]
	}
	all := bilateral.Join(decoded.Problems, found)
	if truncated {
		all = append(all, bilateral.Problem{Code: CodeProblemsTruncated, Message: truncatedMessage(len(all))})
	}
	return all
}

var (
	quarterType  = reflect.TypeFor[bilateral.Quarter]()
	dateType     = reflect.TypeFor[bilateral.Date]()
	textType     = reflect.TypeFor[bilateral.Text]()
	calendarType = reflect.TypeFor[bilateral.FiscalCalendar]()
)

// valueProblem describes, as a problem, the error that an UnmarshalText or
// UnmarshalJSON method returned for input.
func valueProblem(t reflect.Type, input string, err error) (code, message string) {
	switch t {
	case quarterType:
		if q, perr := bilateral.ParseQuarter(input); perr == nil {
			return CodeQuarterCanonical, bounded.Quote(input) + " is not the canonical form of a quarter; write " + q.String()
		}
		return CodeQuarterInvalid, bounded.Quote(input) + " is not a quarter; write a quarter like 2024-Q3, in the years 0001 to 9999"
	case dateType:
		if errors.Is(err, bilateral.ErrRange) {
			return CodeDateInvalid, bounded.Quote(input) + " is not a day of the calendar"
		}
		return CodeDateInvalid, bounded.Quote(input) + " is not a date; write a date like 2024-06-14"
	case textType:
		return CodeJSONType, "want a string, or an object of language tag to string, with each language once"
	case calendarType:
		switch {
		case strings.ContainsAny(input[:1], `"tf[{`):
			return CodeJSONType, "want the number of a month: 1, 4, 7 or 10"
		case strings.ContainsAny(input, ".eE"):
			return CodeJSONNumber, bounded.Text(input) + " is not a whole number; want 1, 4, 7 or 10"
		}
		return CodeEnumUnknown, "a fiscal year starts in month 1, 4, 7 or 10, not " + bounded.Text(input)
	}
	if ue := (*enum.UnknownError)(nil); errors.As(err, &ue) {
		return CodeEnumUnknown, enum.Message(input, ue.Allowed)
	}
	return CodeJSONType, err.Error()
}

// invalidParts tells the decoder of the parts of a document that surely
// break a rule of Validate, where the decoder alone could not tell: a
// focus area is small, so that many of them, each a problem, would cost
// more to read than valid parts of the same size, were they not counted
// against ParseOptions.MaxProblems as they are read.
type invalidParts struct {
	areas map[focusarea.Key]struct{}
}

var areaType = reflect.TypeFor[focusarea.Area]()

// invalid reports whether v, a value the decoder read, is a focus area
// whose key is declared before it (key.duplicate) or is not in the
// vocabulary while the area has no title (area.title-missing).
func (p *invalidParts) invalid(v reflect.Value) bool {
	if v.Type() != areaType {
		return false
	}
	a := v.Addr().Interface().(*focusarea.Area)
	if !a.Key.IsValid() {
		return false // a problem of its own
	}
	if !a.Key.Known() && a.Title.IsZero() {
		return true
	}
	if p.areas == nil {
		p.areas = make(map[focusarea.Key]struct{})
	}
	if _, dup := p.areas[a.Key]; dup {
		return true
	}
	p.areas[a.Key] = struct{}{}
	return false
}

// minCounted tells the decoder how long a focus area is at least, in most
// valid documents: with a title, or a long key. A valid area can be
// shorter, {"key":"trade"}, but the vocabulary has few such keys, and each
// may be declared once; so many short areas are problems (which
// invalidParts counts as they are read), and reading ahead to allocate
// room for them would cost more than they are worth.
func minCounted(t reflect.Type) int {
	if t == areaType {
		return len(`{"key":"a","title":"t"}`)
	}
	return 0
}
