package agreement_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"testing"

	jsonpatch "github.com/evanphx/json-patch/v5"
	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
)

// methodlessAgreement is Agreement without its methods, so that encoding/json
// reads any document into it as it reads structs, without the rules of
// Parse: the way to read back the JSON of an invalid agreement.
type methodlessAgreement agreement.Agreement

// decodeLeniently reads data with encoding/json, valid or not.
func decodeLeniently(data []byte) (*agreement.Agreement, error) {
	var p methodlessAgreement
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, err
	}
	a := agreement.Agreement(p)
	return &a, nil
}

// applyPatch applies an RFC 6902 patch to doc with a well-kept
// implementation of the RFC.
func applyPatch(tb testing.TB, patch, doc []byte) []byte {
	tb.Helper()
	p, err := jsonpatch.DecodePatch(patch)
	if err != nil {
		tb.Fatalf("the patch does not decode: %v\n%s", err, patch)
	}
	out, err := p.Apply(doc)
	if err != nil {
		tb.Fatalf("the patch does not apply: %v\npatch:\n%s\ndocument:\n%s", err, patch, doc)
	}
	return out
}

// sameJSON reports whether two JSON texts hold the same value, member order
// aside.
func sameJSON(tb testing.TB, a, b []byte) bool {
	tb.Helper()
	var x, y any
	if err := json.Unmarshal(a, &x); err != nil {
		tb.Fatalf("not JSON: %v\n%s", err, a)
	}
	if err := json.Unmarshal(b, &y); err != nil {
		tb.Fatalf("not JSON: %v\n%s", err, b)
	}
	return reflect.DeepEqual(x, y)
}

// checkPatch checks the promise of Patch for Diff(from, to): applied to the
// JSON of from, it gives the JSON of to, which decodes to a value equal to
// to. It reports whether it could check: json.Marshal must accept both.
func checkPatch(tb testing.TB, from, to *agreement.Agreement, changes agreement.Changes) bool {
	tb.Helper()
	fromJSON, errFrom := json.Marshal(from)
	toJSON, errTo := json.Marshal(to)
	if errFrom != nil || errTo != nil {
		return false
	}
	patch := changes.Patch()
	patched := applyPatch(tb, patch, fromJSON)
	if !sameJSON(tb, patched, toJSON) {
		tb.Fatalf("the patch gives another document\nchanges:\n%s\npatch:\n%s\nwant:\n%s\ngot:\n%s",
			describeChanges(changes), patch, toJSON, patched)
	}
	want, err := decodeLeniently(toJSON)
	if err != nil {
		return true // the types of the model reject a value of to, such as an unknown enum value
	}
	got, err := decodeLeniently(patched)
	if err != nil {
		tb.Fatalf("the patched document does not decode: %v", err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		tb.Fatalf("the patched document differs from to (-want +got):\n%s\npatch:\n%s", diff, patch)
	}
	return true
}

// describeChanges lists changes by code and path, for failure messages.
func describeChanges(changes agreement.Changes) string {
	s := ""
	for _, c := range changes {
		s += c.Code + " " + c.Path + " " + string(c.From) + " -> " + string(c.To) + "\n"
	}
	return s
}

// deepCopy returns a copy of a that shares no list or pointer with it.
func deepCopy(a *agreement.Agreement) *agreement.Agreement {
	if a == nil {
		return nil
	}
	c := reflect.New(reflect.TypeFor[agreement.Agreement]())
	copyValue(c.Elem(), reflect.ValueOf(a).Elem())
	return c.Interface().(*agreement.Agreement)
}

func copyValue(dst, src reflect.Value) {
	switch src.Kind() {
	case reflect.Pointer:
		if src.IsNil() {
			dst.SetZero()
			return
		}
		p := reflect.New(src.Type().Elem())
		copyValue(p.Elem(), src.Elem())
		dst.Set(p)
	case reflect.Slice:
		if src.IsNil() {
			dst.SetZero()
			return
		}
		s := reflect.MakeSlice(src.Type(), src.Len(), src.Len())
		for i := range src.Len() {
			copyValue(s.Index(i), src.Index(i))
		}
		dst.Set(s)
	case reflect.Struct:
		dst.Set(src) // values with unexported fields, such as Text, are never changed in place
		for i := range src.NumField() {
			if src.Type().Field(i).IsExported() {
				copyValue(dst.Field(i), src.Field(i))
			}
		}
	default:
		dst.Set(src)
	}
}

// A mutator makes random changes to any value of the model, valid or not,
// by reflection, so that it changes members added to the model too. Its
// choices come from next, which returns a number from 0 to n-1.
type mutator struct {
	next   func(n int) int
	budget int // how many more changes to make
}

// strings are the values the mutator gives to strings: ids that the
// documents use, values of enums, an empty one, odd ones.
var mutatorStrings = []string{
	"", "a", "b", "trade", "security", "water", "US", "MX", "met", "scheduled", "held",
	"invited", "in-force", "concluded", "visit", "percent", "trade-barriers",
	"trade-policy-harmonization", "a/b~c", "\xff", "<&>", "es", "en",
}

func (m *mutator) mutate(v reflect.Value) {
	if m.budget <= 0 {
		return
	}
	change := m.next(6) == 0
	if change {
		m.budget--
	}
	switch v.Interface().(type) {
	case bilateral.Text:
		if change {
			v.Set(reflect.ValueOf(m.text()))
		}
		return
	case bilateral.Quarter:
		if change {
			q := v.Interface().(bilateral.Quarter)
			switch m.next(3) {
			case 0:
				q = bilateral.Quarter{}
			case 1:
				q = bilateral.QuarterFrom(2024+m.next(3), 1+m.next(4))
			default:
				q = q.Add(m.next(5) - 2)
			}
			v.Set(reflect.ValueOf(q))
		}
		return
	case bilateral.Date:
		if change {
			v.Set(reflect.ValueOf([]bilateral.Date{{}, bilateral.MustParseDate("2025-03-10"), bilateral.MustParseDate("2024-06-14")}[m.next(3)]))
		}
		return
	case bilateral.FiscalCalendar:
		if change {
			v.Set(reflect.ValueOf([]bilateral.FiscalCalendar{bilateral.CalendarYear, bilateral.USFederal}[m.next(2)]))
		}
		return
	}
	switch v.Kind() {
	case reflect.String:
		if change {
			v.SetString(mutatorStrings[m.next(len(mutatorStrings))])
		}
	case reflect.Float64:
		if change {
			v.SetFloat([]float64{0, 15, -1, 0.5, 1e300}[m.next(5)])
		}
	case reflect.Int, reflect.Int64:
		if change {
			v.SetInt(int64(m.next(5)))
		}
	case reflect.Bool:
		if change {
			v.SetBool(!v.Bool())
		}
	case reflect.Pointer:
		switch {
		case change && v.IsNil():
			v.Set(reflect.New(v.Type().Elem()))
		case change:
			v.SetZero()
		case !v.IsNil():
			m.mutate(v.Elem())
		}
	case reflect.Slice:
		if change {
			m.mutateList(v)
		}
		for i := range v.Len() {
			m.mutate(v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				m.mutate(v.Field(i))
			}
		}
	}
}

// text returns a text in one of its forms.
func (m *mutator) text() bilateral.Text {
	words := []string{"Trade", "Comercio", "Security", "", "a\nb"}
	switch m.next(4) {
	case 0:
		return bilateral.Text{}
	case 1:
		return bilateral.PlainText(words[m.next(len(words))])
	case 2:
		return bilateral.Translated(map[string]string{})
	}
	tr := map[string]string{}
	for _, lang := range []string{"en", "es", "fr", "0", "a/b"} {
		if m.next(2) == 0 {
			tr[lang] = words[m.next(len(words))]
		}
	}
	return bilateral.Translated(tr)
}

// mutateList reorders, removes, repeats or adds items of list v.
func (m *mutator) mutateList(v reflect.Value) {
	n := v.Len()
	switch op := m.next(8); {
	case op == 0:
		v.SetZero() // nil
	case op == 1:
		v.Set(reflect.MakeSlice(v.Type(), 0, 0)) // empty, not nil
	case op == 2 && n > 1: // shuffle
		for i := n - 1; i > 0; i-- {
			j := m.next(i + 1)
			a, b := v.Index(i).Interface(), v.Index(j).Interface()
			v.Index(i).Set(reflect.ValueOf(b))
			v.Index(j).Set(reflect.ValueOf(a))
		}
	case op == 3 && n > 0: // remove one
		i := m.next(n)
		v.Set(reflect.AppendSlice(v.Slice(0, i), v.Slice(i+1, n)))
	case op == 4 && n > 0: // repeat one elsewhere: a duplicate id
		item := reflect.New(v.Type().Elem()).Elem()
		copyValue(item, v.Index(m.next(n)))
		m.insert(v, item)
	case op == 5 && n > 1: // move one
		i, j := m.next(n), m.next(n)
		item := reflect.New(v.Type().Elem()).Elem()
		copyValue(item, v.Index(i))
		v.Set(reflect.AppendSlice(v.Slice(0, i), v.Slice(i+1, n)))
		m.insertAt(v, item, j)
	default: // add a new one, a copy with another identity or a zero value
		item := reflect.New(v.Type().Elem()).Elem()
		if n > 0 && m.next(2) == 0 {
			copyValue(item, v.Index(m.next(n)))
			m.rename(item)
		}
		m.insert(v, item)
	}
}

// rename gives item a new identity, in the members that identify items.
func (m *mutator) rename(item reflect.Value) {
	fresh := "new-" + strconv.Itoa(m.next(1000))
	if item.Kind() == reflect.String {
		item.SetString(fresh)
		return
	}
	if item.Kind() != reflect.Struct {
		return
	}
	for _, name := range []string{"ID", "Key", "Code", "Party", "Name"} {
		if f := item.FieldByName(name); f.IsValid() && f.Kind() == reflect.String {
			f.SetString(fresh)
		}
	}
}

func (m *mutator) insert(v, item reflect.Value) { m.insertAt(v, item, m.next(v.Len()+1)) }

func (m *mutator) insertAt(v, item reflect.Value, i int) {
	n := v.Len()
	i = min(i, n)
	s := reflect.MakeSlice(v.Type(), 0, n+1)
	s = reflect.AppendSlice(s, v.Slice(0, i))
	s = reflect.Append(s, item)
	s = reflect.AppendSlice(s, v.Slice(i, n))
	v.Set(s)
}

// byteSource returns a next function that reads its choices from data, and
// then gives 0.
func byteSource(data []byte) func(n int) int {
	return func(n int) int {
		if n <= 1 || len(data) == 0 {
			return 0
		}
		b := int(data[0])
		data = data[1:]
		return b % n
	}
}

// shuffled returns the indexes 0 to n-1 in an order that next chooses.
func shuffled(n int, next func(int) int) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	for i := n - 1; i > 0; i-- {
		j := next(i + 1)
		order[i], order[j] = order[j], order[i]
	}
	return order
}

// permute returns the items of s in the given order.
func permute[T any](s []T, order []int) []T {
	out := make([]T, 0, len(s))
	for _, i := range order {
		out = append(out, s[i])
	}
	return slices.Clip(out)
}
