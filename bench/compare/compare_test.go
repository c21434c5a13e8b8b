package compare_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/bench/compare"
	"github.com/bilateral-go/bilateral/milestone"
)

// testSizes are the numbers of generated milestones that the tests try:
// small, so that the tests are fast; the benchmarks try the large ones.
var testSizes = []int{100, 1000}

func readSeed(tb testing.TB) []byte {
	tb.Helper()
	seed, err := compare.ReadSeed()
	if err != nil {
		tb.Fatal(err)
	}
	return seed
}

func testDocuments(tb testing.TB) []compare.Document {
	tb.Helper()
	docs, err := compare.Documents(readSeed(tb), testSizes...)
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}

func TestGeneratedDocumentsAreValidAndVaried(t *testing.T) {
	seed := readSeed(t)
	seedAgreement, err := agreement.Parse(seed)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range testDocuments(t)[1:] {
		t.Run(d.Name, func(t *testing.T) {
			a, err := agreement.Parse(d.Data)
			if err != nil {
				t.Fatalf("Parse rejects the generated document: %v", err)
			}
			if got, want := len(a.Milestones), len(seedAgreement.Milestones)+d.Milestones; got != want {
				t.Fatalf("%d milestones, want %d", got, want)
			}
			if got, want := a.Term.End.Sub(a.Term.Start)+1, compare.TermQuarters; got != want {
				t.Errorf("the term has %d quarters, want %d", got, want)
			}
			again, err := compare.Generate(seed, d.Milestones, d.Order)
			if err != nil || !bytes.Equal(again, d.Data) {
				t.Errorf("Generate gives other bytes the second time (error %v)", err)
			}
			var met, late, partly, open, deps, twoDeps, rescheduled, committed, results int
			for _, m := range a.Milestones {
				switch m.Status {
				case milestone.Met:
					met++
					if m.MetIn.After(m.Quarter) {
						late++
					}
				case milestone.PartiallyMet:
					partly++
				case "", milestone.InProgress:
					open++
				}
				if len(m.DependsOn) > 0 {
					deps++
				}
				if len(m.DependsOn) > 1 {
					twoDeps++
				}
				if m.OriginalQuarter.IsValid() {
					rescheduled++
				}
				if m.Commitment != "" {
					committed++
				}
				results += len(m.ExpectedResults)
			}
			n := len(a.Milestones)
			for _, c := range []struct {
				what     string
				got, min int
			}{
				{"met", met, n / 5}, {"met late", late, n / 50}, {"partially met", partly, n / 50},
				{"open", open, n / 5}, {"with a dependency", deps, n * 9 / 10}, {"with two", twoDeps, n / 10},
				{"rescheduled", rescheduled, n / 10}, {"delivering a commitment", committed, n / 5},
				{"expected results", results, n * 3 / 2},
			} {
				if c.got < c.min {
					t.Errorf("%d milestones %s of %d, want at least %d", c.got, c.what, n, c.min)
				}
			}
			ordered := true
			for i := 1; i < n; i++ {
				if a.Milestones[i].Quarter.Before(a.Milestones[i-1].Quarter) {
					ordered = false
					break
				}
			}
			if want := d.Order == compare.ByQuarter; ordered != want {
				t.Errorf("milestones in quarter order: %v, want %v", ordered, want)
			}
		})
	}
}

// TestOrdersHoldTheSameMilestones checks that the two orders of a size
// differ in order alone, so that comparing them measures order alone.
func TestOrdersHoldTheSameMilestones(t *testing.T) {
	docs := testDocuments(t)
	byName := map[string]compare.Document{}
	for _, d := range docs {
		byName[d.Name] = d
	}
	for _, n := range testSizes {
		r, o := byName[compare.SizeName(n)+"-random"], byName[compare.SizeName(n)+"-ordered"]
		if len(r.Data) != len(o.Data) {
			t.Errorf("n=%d: %d bytes in random order, %d in quarter order", n, len(r.Data), len(o.Data))
		}
		a, b := milestoneSet(t, r.Data), milestoneSet(t, o.Data)
		if len(a) != len(b) {
			t.Fatalf("n=%d: %d and %d distinct milestones", n, len(a), len(b))
		}
		for m := range a {
			if !b[m] {
				t.Errorf("n=%d: a milestone in random order only: %s", n, m)
				break
			}
		}
	}
}

func milestoneSet(t *testing.T, data []byte) map[string]bool {
	t.Helper()
	var doc struct {
		Milestones []json.RawMessage `json:"milestones"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	set := map[string]bool{}
	for _, m := range doc.Milestones {
		var b bytes.Buffer
		if err := json.Compact(&b, m); err != nil {
			t.Fatal(err)
		}
		set[b.String()] = true
	}
	return set
}

// A broken document is a document that every implementation must reject,
// or only those that validate.
type broken struct {
	name string
	data []byte
	// syntax reports whether the document is not JSON, which every
	// implementation rejects; otherwise only those that validate do.
	syntax bool
}

// brokenDocuments returns broken variants of d: cut short, with a
// quarter that does not exist and with a misspelt member, each in the
// middle milestone so that the whole list has to be read up to it.
func brokenDocuments(tb testing.TB, d compare.Document) []broken {
	tb.Helper()
	edit := func(change func(m map[string]any)) []byte {
		var doc map[string]any
		if err := json.Unmarshal(d.Data, &doc); err != nil {
			tb.Fatal(err)
		}
		ms := doc["milestones"].([]any)
		change(ms[len(ms)/2].(map[string]any))
		data, err := json.MarshalIndent(doc, "", "  ")
		if err != nil {
			tb.Fatal(err)
		}
		return data
	}
	return []broken{
		{"cut-short", d.Data[:len(d.Data)*2/3], true},
		{"bad-quarter", edit(func(m map[string]any) { m["quarter"] = "2024-Q5" }), false},
		{"misspelt-member", edit(func(m map[string]any) { m["titel"] = m["title"]; delete(m, "title") }), false},
	}
}

func TestImplementationsAcceptAndReject(t *testing.T) {
	impls, err := compare.Implementations()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range testDocuments(t) {
		for _, impl := range impls {
			if err := impl.Read(d.Data); err != nil {
				t.Errorf("%s rejects %s: %v", impl.Name, d.Name, err)
			}
		}
		for _, b := range brokenDocuments(t, d) {
			for _, impl := range impls {
				if !b.syntax && !impl.Validates {
					continue
				}
				if err := impl.Read(b.data); err == nil {
					t.Errorf("%s accepts %s, %s", impl.Name, d.Name, b.name)
				}
			}
		}
	}
}

// TestValidateOnlyPathsAgree checks the validators' validate-only paths,
// which the benchmarks time apart from decoding, on valid and invalid
// documents.
func TestValidateOnlyPathsAgree(t *testing.T) {
	s, err := compare.CompileSanthosh()
	if err != nil {
		t.Fatal(err)
	}
	k, err := compare.CompileKaptinlin()
	if err != nil {
		t.Fatal(err)
	}
	d := testDocuments(t)[1]
	for _, c := range []struct {
		name  string
		data  []byte
		valid bool
	}{{d.Name, d.Data, true}, {"bad-quarter", brokenDocuments(t, d)[1].data, false}} {
		sv, err := compare.DecodeSanthosh(c.data)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(sv); (err == nil) != c.valid {
			t.Errorf("santhosh-tekuri on %s: %v, want valid=%v", c.name, err, c.valid)
		}
		kv, err := compare.DecodeKaptinlin(c.data)
		if err != nil {
			t.Fatal(err)
		}
		if err := compare.KaptinlinError(k.Validate(kv)); (err == nil) != c.valid {
			t.Errorf("kaptinlin on %s: %v, want valid=%v", c.name, err, c.valid)
		}
	}
}
