package agreement

import (
	"encoding"
	"encoding/json"
	"go/ast"
	"go/token"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// modelLists returns the pattern of every list of the document, found by
// reflection over the Go types of the model from Agreement down, as
// encoding/json writes them; apart from the plan that Diff builds.
func modelLists(t *testing.T) map[string]reflect.Type {
	t.Helper()
	lists := map[string]reflect.Type{}
	leaf := func(ty reflect.Type) bool {
		for _, m := range []reflect.Type{reflect.TypeFor[json.Marshaler](), reflect.TypeFor[encoding.TextMarshaler]()} {
			if ty.Implements(m) || reflect.PointerTo(ty).Implements(m) {
				return true
			}
		}
		return false
	}
	var walk func(ty reflect.Type, pattern string, depth int)
	walk = func(ty reflect.Type, pattern string, depth int) {
		if depth > 20 {
			t.Fatalf("%s: the model nests deeper than 20 levels", pattern)
		}
		if leaf(ty) {
			return
		}
		switch ty.Kind() {
		case reflect.Pointer:
			walk(ty.Elem(), pattern, depth+1)
		case reflect.Slice, reflect.Array:
			lists[pattern] = ty
			walk(ty.Elem(), pattern+"/*", depth+1)
		case reflect.Struct:
			for i := range ty.NumField() {
				f := ty.Field(i)
				name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				if !f.IsExported() || name == "-" {
					continue
				}
				if name == "" {
					name = f.Name
				}
				walk(f.Type, pattern+"/"+name, depth+1)
			}
		case reflect.Map, reflect.Interface:
			t.Errorf("%s: a %s in the model; Diff compares it as a whole", pattern, ty.Kind())
		}
	}
	walk(reflect.TypeFor[Agreement](), "", 0)
	if len(lists) < 10 {
		t.Fatalf("found only %d lists in the model; the walk is broken: %v", len(lists), lists)
	}
	return lists
}

// TestListRulesCoverTheModel checks that every list of the document has a
// rule that says how Diff matches its items, a rule that fits the items;
// and that each list matched by position says why.
func TestListRulesCoverTheModel(t *testing.T) {
	lists := modelLists(t)
	planned := map[string]*plan{}
	var walk func(p *plan)
	walk = func(p *plan) {
		switch p.kind {
		case planOpaque:
			t.Errorf("%s: Diff compares the values here as wholes, by their JSON; give the plan what it needs to compare them part by part", p.pattern)
		case planStruct:
			for i := range p.fields {
				walk(p.fields[i].plan)
			}
		case planPointer:
			walk(p.elem)
		case planList:
			planned[p.pattern] = p
			walk(p.elem)
		}
	}
	walk(documentPlan())

	for _, pattern := range slices.Sorted(func(yield func(string) bool) {
		for k := range lists {
			if !yield(k) {
				return
			}
		}
	}) {
		rule, ok := listRules[pattern]
		if !ok {
			t.Errorf("the list %s has no rule in listRules: match its items by the member that identifies them, by value, or by position with the reason why", pattern)
			continue
		}
		p := planned[pattern]
		switch {
		case p == nil:
			t.Errorf("the list %s is not in the plan of Diff", pattern)
		case p.list != rule:
			t.Errorf("the rule of %s does not fit its items (%v), so Diff matches them by position", pattern, lists[pattern])
		case rule.match == byPosition && rule.why == "":
			t.Errorf("the list %s is matched by position without saying why", pattern)
		case rule.match != byPosition && rule.why != "":
			t.Errorf("the list %s is matched by identity but gives a reason for position", pattern)
		}
		t.Logf("%-40s %s %s%s", pattern, []string{"by position:", "by member", "by value"}[rule.match], rule.key, rule.why)
	}
	for pattern := range listRules {
		if _, ok := lists[pattern]; !ok {
			t.Errorf("listRules has a rule for %s, which is no list of the model", pattern)
		}
	}
}

var changeConstName = regexp.MustCompile(`^Change[A-Z]`)

// TestChangeCodesCatalogueMatchesConstants checks that ChangeCodes lists
// each Change constant once, in their order, and nothing else.
func TestChangeCodesCatalogueMatchesConstants(t *testing.T) {
	var consts []string
	for _, sf := range parseSources(t, ".") {
		for _, decl := range sf.file.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, id := range vs.Names {
					if !changeConstName.MatchString(id.Name) {
						continue
					}
					lit, ok := vs.Values[i].(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						t.Fatalf("%s: the value of %s is not a string literal", sf.name, id.Name)
					}
					v, _ := strconv.Unquote(lit.Value)
					consts = append(consts, v)
				}
			}
		}
	}
	if len(consts) < 20 {
		t.Fatalf("found only %d Change constants; the source scan is broken", len(consts))
	}
	var catalogue []string
	for _, c := range ChangeCodes() {
		catalogue = append(catalogue, c.Code)
		if !codeForm.MatchString(c.Code) {
			t.Errorf("change code %q is not lower-case dotted kebab-case", c.Code)
		}
		if strings.TrimSpace(c.Meaning) == "" {
			t.Errorf("change code %q has no Meaning", c.Code)
		}
	}
	if !slices.Equal(consts, catalogue) {
		t.Errorf("ChangeCodes() is not the Change constants in order:\nconstants: %v\nChangeCodes(): %v", consts, catalogue)
	}
	cs := ChangeCodes()
	cs[0].Code = "changed"
	if ChangeCodes()[0].Code == "changed" {
		t.Error("changing the result of ChangeCodes changed the catalogue")
	}
}

// TestPatchPlacesListItems checks the placing of list items against a
// plain simulation, for every way of turning a list of up to six items
// into another by removals, additions and moves.
func TestPatchPlacesListItems(t *testing.T) {
	// Each case is the older list and the newer one; letters are
	// identities.
	cases := [][2]string{
		{"abcdef", "fedcba"}, {"abcdef", "xbdyfa"}, {"abc", "cab"}, {"abc", "bca"},
		{"abcd", "dxcyba"}, {"", "xyz"}, {"xyz", ""}, {"abcdef", "bdfxace"},
	}
	// And every permutation of four items with one removed and one added.
	perms := permutations("abcd")
	for _, p := range perms {
		cases = append(cases, [2]string{"abcd", p}, [2]string{"abcde", p[:2] + "x" + p[2:]})
	}
	for _, tc := range cases {
		older, newer := tc[0], tc[1]
		var changes Changes
		for i, c := range older {
			if !strings.ContainsRune(newer, c) {
				changes = append(changes, Change{Code: ChangeMilestoneRemoved, Path: "/milestones/" + itoa(i), From: json.RawMessage(`"` + string(c) + `"`)})
			}
		}
		match := make([]int32, len(newer))
		for j, c := range newer {
			match[j] = int32(strings.IndexRune(older, c))
		}
		stay := longestIncreasing(match)
		for j, c := range newer {
			switch i := int(match[j]); {
			case i < 0:
				changes = append(changes, Change{Code: ChangeMilestoneAdded, Path: "/milestones/" + itoa(j), To: json.RawMessage(`"` + string(c) + `"`)})
			case !stay[j]:
				changes = append(changes, Change{Code: ChangeItemMoved, Path: "/milestones/" + itoa(j), From: indexJSON(i), To: indexJSON(j)})
			}
		}
		var ops []struct{ Op, From, Path, Value string }
		if err := json.Unmarshal(changes.Patch(), &ops); err != nil {
			t.Fatal(err)
		}
		list := strings.Split(older, "")
		if older == "" {
			list = nil
		}
		index := func(p string) int {
			n, ok := listIndex(strings.TrimPrefix(p, "/milestones/"))
			if !ok {
				t.Fatalf("%s -> %s: bad path %q", older, newer, p)
			}
			return n
		}
		for _, op := range ops {
			switch op.Op {
			case "remove":
				i := index(op.Path)
				list = slices.Delete(list, i, i+1)
			case "add":
				list = slices.Insert(list, index(op.Path), op.Value)
			case "move":
				i := index(op.From)
				item := list[i]
				list = slices.Delete(list, i, i+1)
				list = slices.Insert(list, index(op.Path), item)
			}
		}
		if got := strings.Join(list, ""); got != newer {
			t.Errorf("%s -> %s: the patch gives %s", older, newer, got)
		}
	}
}

func itoa(i int) string { return string(indexJSON(i)) }

// permutations returns every order of the letters of s.
func permutations(s string) []string {
	if len(s) <= 1 {
		return []string{s}
	}
	var out []string
	for i := range s {
		for _, p := range permutations(s[:i] + s[i+1:]) {
			out = append(out, s[i:i+1]+p)
		}
	}
	return out
}
