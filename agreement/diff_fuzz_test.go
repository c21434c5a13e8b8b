package agreement_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
)

// FuzzDiff checks Diff and Patch on any two agreements that encoding/json
// reads, valid or not: the older is read from doc, the newer from other, or
// else is a copy of the older; edits then change the newer at random. Diff
// must not panic, its changes must be well formed, Diff of a version and its
// copy must be empty, and the patch must turn the JSON of the older version
// into that of the newer. DiffIn must find the same changes in every
// language, with messages of its own in Spanish and French.
func FuzzDiff(f *testing.F) {
	var docs [][]byte
	for _, name := range testdataFiles(f, "valid", ".json") {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		docs = append(docs, data)
	}
	for i, doc := range docs {
		f.Add(doc, []byte(nil), []byte{byte(i), 0, 0, 0, 0, 0, 7, 3, 1})
		f.Add(doc, docs[(i+1)%len(docs)], []byte(nil))
		f.Add(doc, []byte(nil), []byte{0, 2, 5, 0, 0, 0, 0, 4, 0, 1, 0, 0, 0, 0, 0, 0, 0, 3})
	}
	f.Add([]byte(`{"milestones":[{"id":"a"},{"id":"a"},{"id":""}]}`), []byte(`{"milestones":[{"id":""},{"id":"a"}]}`), []byte(nil))
	f.Add([]byte(`{"parties":null,"focusAreas":[]}`), []byte(`{"parties":[],"focusAreas":null}`), []byte(nil))
	f.Add([]byte(`{"title":{"en":"a","0":"b"}}`), []byte(`{"title":{"a/b":"c","~":"d"}}`), []byte(nil))
	f.Add([]byte(`{"title":{"\n":""}}`), []byte(`{"title":{}}`), []byte(nil)) // a language tag with a line break

	f.Fuzz(func(t *testing.T, doc, other, edits []byte) {
		from, err := decodeLeniently(doc)
		if err != nil {
			return
		}
		to, err := decodeLeniently(other)
		if err != nil {
			to = deepCopy(from)
		}
		m := mutator{next: byteSource(edits), budget: len(edits)}
		m.mutate(reflectValue(to))

		changes := agreement.Diff(from, to)
		checkChanges(t, changes)
		if c := agreement.Diff(to, deepCopy(to)); c != nil {
			t.Fatalf("Diff of a version and its copy:\n%s", describeChanges(c))
		}
		if !json.Valid(changes.Patch()) {
			t.Fatalf("the patch is not JSON:\n%s", changes.Patch())
		}
		checkPatch(t, from, to, changes)
		checkLanguages(t, from, to)
	})
}

// FuzzPatch checks that Patch makes JSON of any changes, even of changes
// that Diff would not make, without panicking or taking time out of
// proportion to them.
func FuzzPatch(f *testing.F) {
	f.Add([]byte(`[{"code":"item.moved","path":"/milestones/1","from":3,"to":1}]`))
	f.Add([]byte(`[{"code":"milestone.added","path":"/milestones/0","to":{}},{"code":"milestone.removed","path":"/milestones/0/dependsOn/4","from":"a"}]`))
	f.Add([]byte(`[{"code":"item.moved","path":"/milestones/9999999999","from":1e9,"to":0},{"path":"/focusAreas/0/priorities/7/statements/2","to":"x"}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var changes agreement.Changes
		if json.Unmarshal(data, &changes) != nil {
			return
		}
		patch := changes.Patch()
		var ops []map[string]json.RawMessage
		if err := json.Unmarshal(patch, &ops); err != nil {
			t.Fatalf("the patch is not a JSON array of objects: %v\n%s", err, patch)
		}
		if len(ops) > len(changes) {
			t.Fatalf("%d operations for %d changes", len(ops), len(changes))
		}
	})
}
