package agreement

import (
	"errors"
	"reflect"
	"strconv"
	"strings"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/enum"
	"github.com/bilateral-go/bilateral/internal/strictjson"
)

// Parse reads an agreement document and validates it. It returns the
// agreement, or nil and a [bilateral.Problems] that holds every problem of
// the document at once: those of the JSON text and those that
// [Agreement.Validate] finds.
//
// Parse is stricter than encoding/json, so that no part of a document is
// lost or misread without a problem:
//   - a member that the model does not define is a problem, and so is a
//     member name given twice in one object;
//   - a malformed value (a quarter, a code, an enum) is a problem at its
//     JSON Pointer, and the rest of the document is still read and checked;
//   - null and the empty string are never values: leave the member out;
//   - quarters must be in their canonical form, 2024-Q3;
//   - a syntax error is reported with its line and column.
//
// Where a value could not be read, the rules about it are not checked, so
// a problem is not reported twice. Parse never panics and never returns a
// partly filled agreement with an error. json.Marshal of a valid agreement
// parses back to an equal value.
func Parse(data []byte) (*Agreement, error) {
	a := new(Agreement)
	decoded := strictjson.Decode(data, a, strictjson.Options{ValueProblem: valueProblem})
	if decoded.Problems.HasCode(CodeJSONSyntax) {
		return nil, decoded.Problems
	}
	var v validator
	v.init(a, decoded.Unset)
	v.given(decoded.ZeroObjects)
	v.agreement()
	v.release()
	if all := bilateral.Join(decoded.Problems, v.problems); len(all) > 0 {
		return nil, all
	}
	return a, nil
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
			return CodeQuarterCanonical, strconv.Quote(input) + " is not the canonical form of a quarter; write " + q.String()
		}
		return CodeQuarterInvalid, strconv.Quote(input) + " is not a quarter; write a quarter like 2024-Q3, in the years 0001 to 9999"
	case dateType:
		if errors.Is(err, bilateral.ErrRange) {
			return CodeDateInvalid, strconv.Quote(input) + " is not a day of the calendar"
		}
		return CodeDateInvalid, strconv.Quote(input) + " is not a date; write a date like 2024-06-14"
	case textType:
		return CodeJSONType, "want a string, or an object of language tag to string, with each language once"
	case calendarType:
		switch {
		case strings.ContainsAny(input[:1], `"tf[{`):
			return CodeJSONType, "want the number of a month: 1, 4, 7 or 10"
		case strings.ContainsAny(input, ".eE"):
			return CodeJSONNumber, input + " is not a whole number; want 1, 4, 7 or 10"
		}
		return CodeEnumUnknown, "a fiscal year starts in month 1, 4, 7 or 10, not " + input
	}
	if ue := (*enum.UnknownError)(nil); errors.As(err, &ue) {
		return CodeEnumUnknown, enum.Message(input, ue.Allowed)
	}
	return CodeJSONType, err.Error()
}
