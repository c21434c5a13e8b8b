package schema

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/schema/internal/doccomments"
)

const refresh = "refresh it with: go generate ./schema"

func TestCommittedSchemaIsCurrent(t *testing.T) {
	generated, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(Agreement()), string(generated)); diff != "" {
		t.Errorf("schema/agreement.schema.json is stale; %s (-committed +generated):\n%s", refresh, diff)
	}
}

func TestCommentsAreCurrent(t *testing.T) {
	extracted, err := doccomments.Extract(os.DirFS(".."), module)
	if err != nil {
		t.Fatal(err)
	}
	extracted = doccomments.Keep(extracted, doccomments.Reachable(reflect.TypeFor[agreement.Agreement]()))
	if diff := cmp.Diff(comments, extracted); diff != "" {
		t.Errorf("schema/comments.go is stale; %s (-committed +doc comments):\n%s", refresh, diff)
	}
}

func TestAgreementReturnsACopy(t *testing.T) {
	a := Agreement()
	a[0] = 'x'
	if Agreement()[0] != '{' {
		t.Error("changing the bytes Agreement returned changed the schema")
	}
}

// schemaDocument returns the committed schema as generic JSON.
func schemaDocument(t *testing.T) map[string]any {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(Agreement(), &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestIdentity(t *testing.T) {
	doc := schemaDocument(t)
	if doc["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %v, want draft 2020-12", doc["$schema"])
	}
	if doc["$id"] != ID {
		t.Errorf("$id = %v, want %v", doc["$id"], ID)
	}
	// Every $defs entry is named after its package, so no two types
	// collide: the two Status types are both there.
	defs := doc["$defs"].(map[string]any)
	for _, name := range []string{"agreement.Status", "milestone.Status", "bilateral.Quarter", "focusarea.Key"} {
		if defs[name] == nil {
			t.Errorf("$defs has no %s", name)
		}
	}
	for name, def := range defs {
		if d, _ := def.(map[string]any)["description"].(string); d == "" {
			t.Errorf("$defs/%s has no description", name)
		}
	}
}

// keywords are those of JSON Schema draft 2020-12: core, applicator,
// unevaluated, validation, format annotation, content and meta-data.
var keywords = map[string]bool{
	"$schema": true, "$id": true, "$ref": true, "$anchor": true, "$dynamicRef": true, "$dynamicAnchor": true,
	"$defs": true, "$comment": true, "$vocabulary": true,
	"allOf": true, "anyOf": true, "oneOf": true, "not": true, "if": true, "then": true, "else": true,
	"dependentSchemas": true, "prefixItems": true, "items": true, "contains": true, "properties": true,
	"patternProperties": true, "additionalProperties": true, "propertyNames": true,
	"unevaluatedItems": true, "unevaluatedProperties": true,
	"type": true, "enum": true, "const": true, "multipleOf": true, "maximum": true, "exclusiveMaximum": true,
	"minimum": true, "exclusiveMinimum": true, "maxLength": true, "minLength": true, "pattern": true,
	"maxItems": true, "minItems": true, "uniqueItems": true, "maxContains": true, "minContains": true,
	"maxProperties": true, "minProperties": true, "required": true, "dependentRequired": true,
	"format": true, "contentEncoding": true, "contentMediaType": true, "contentSchema": true,
	"title": true, "description": true, "default": true, "deprecated": true, "readOnly": true,
	"writeOnly": true, "examples": true,
}

// formats are the formats that draft 2020-12 defines.
var formats = map[string]bool{
	"date-time": true, "date": true, "time": true, "duration": true, "email": true, "idn-email": true,
	"hostname": true, "idn-hostname": true, "ipv4": true, "ipv6": true, "uri": true, "uri-reference": true,
	"iri": true, "iri-reference": true, "uuid": true, "uri-template": true, "json-pointer": true,
	"relative-json-pointer": true, "regex": true,
}

// The schema uses only standard keywords and formats, regular expressions
// that Go's RE2 and ECMAScript read alike, and declares every member it
// requires, so that strict validators of other ecosystems (Ajv with
// strict: true) compile it unchanged.
func TestPortable(t *testing.T) {
	var patterns []string
	var walk func(path string, s any)
	walk = func(path string, s any) {
		obj, ok := s.(map[string]any)
		if !ok {
			return // true and false are schemas too
		}
		// Strict validators (Ajv's strictRequired) want every required
		// member declared in properties next to it, in an if's then too.
		if required, ok := obj["required"].([]any); ok {
			declared, _ := obj["properties"].(map[string]any)
			for _, name := range required {
				if _, ok := declared[name.(string)]; !ok {
					t.Errorf("%s: required member %q is not declared in properties", path, name)
				}
			}
		}
		for k, v := range obj {
			p := path + "/" + k
			if !keywords[k] {
				t.Errorf("%s: %q is not a keyword of draft 2020-12", path, k)
			}
			switch k {
			case "format":
				if !formats[v.(string)] {
					t.Errorf("%s: format %q is not a format of draft 2020-12", p, v)
				}
			case "pattern":
				if v == newlineGuard {
					break // checked below, where it guards a pattern
				}
				patterns = append(patterns, v.(string))
				if !rejectsNewlines(obj["not"]) {
					t.Errorf("%s: pattern %q has no newline guard", p, v)
				}
			case "properties", "$defs", "patternProperties", "dependentSchemas":
				for name, sub := range v.(map[string]any) {
					walk(p+"/"+name, sub)
				}
			case "allOf", "anyOf", "oneOf", "prefixItems":
				for i, sub := range v.([]any) {
					walk(p+"/"+strconv.Itoa(i), sub)
				}
			case "not", "if", "then", "else", "items", "contains", "additionalProperties", "propertyNames",
				"unevaluatedItems", "unevaluatedProperties", "contentSchema":
				walk(p, v)
			}
		}
	}
	walk("", schemaDocument(t))
	if len(patterns) < 5 {
		t.Fatalf("found %d patterns, want the patterns of ids, keys, codes, tags and quarters", len(patterns))
	}
	for _, p := range patterns {
		checkPortablePattern(t, p)
	}
}

// rejectsNewlines reports whether not, the not of a schema, is the
// newline guard or an anyOf that has it.
func rejectsNewlines(not any) bool {
	obj, _ := not.(map[string]any)
	if obj["pattern"] == newlineGuard {
		return true
	}
	alts, _ := obj["anyOf"].([]any)
	return slices.ContainsFunc(alts, rejectsNewlines)
}

// checkPortablePattern fails unless p is in the subset of regular
// expressions that RE2 and ECMAScript read alike: anchors, literals,
// bracketed ASCII classes, groups, alternation and counted repetition;
// no flags, look-around, back-references, named groups, \d, \w, \b or \p.
func checkPortablePattern(t *testing.T, p string) {
	t.Helper()
	if _, err := regexp.Compile(p); err != nil {
		t.Errorf("pattern %q does not compile in Go: %v", p, err)
		return
	}
	if strings.Contains(p, "(?") || strings.Contains(p, `\`) {
		t.Errorf("pattern %q uses a group syntax or an escape that is not portable", p)
	}
	if !strings.HasPrefix(p, "^") || !strings.HasSuffix(p, "$") {
		t.Errorf("pattern %q is not anchored at both ends: JSON Schema patterns match anywhere", p)
	}
	re, _ := syntax.Parse(p, syntax.Perl)
	var walk func(re *syntax.Regexp)
	walk = func(re *syntax.Regexp) {
		switch re.Op {
		case syntax.OpLiteral, syntax.OpConcat, syntax.OpAlternate, syntax.OpCapture, syntax.OpStar,
			syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat, syntax.OpBeginText, syntax.OpEndText, syntax.OpEmptyMatch:
		case syntax.OpCharClass:
			for _, r := range re.Rune {
				if r > 0x7f {
					t.Errorf("pattern %q has a class beyond ASCII", p)
				}
			}
		default:
			t.Errorf("pattern %q uses %v, which is not in the portable subset", p, re.Op)
		}
		for _, sub := range re.Sub {
			walk(sub)
		}
	}
	walk(re)
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		b, err := Generate()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Fatal("two calls of Generate gave different bytes")
		}
	}
}

// The enums of the schema come from the same definition tables as
// validation.
func TestEnumsComeFromDefinitionTables(t *testing.T) {
	defs := schemaDocument(t)["$defs"].(map[string]any)
	consts := func(name string) []string {
		var out []string
		def := defs[name].(map[string]any)
		for _, key := range []string{"oneOf", "anyOf"} {
			alts, _ := def[key].([]any)
			for _, alt := range alts {
				if c, ok := alt.(map[string]any)["const"].(string); ok {
					out = append(out, c)
				}
			}
		}
		return out
	}
	var kinds []string
	for _, d := range agreement.Kinds() {
		kinds = append(kinds, string(d.Value))
	}
	if diff := cmp.Diff(kinds, consts("agreement.Kind")); diff != "" {
		t.Errorf("agreement.Kind consts mismatch (-table +schema):\n%s", diff)
	}
	var mechanisms []string
	for _, d := range agreement.Mechanisms() {
		mechanisms = append(mechanisms, string(d.Value))
	}
	if diff := cmp.Diff(mechanisms, consts("agreement.Mechanism")); diff != "" {
		t.Errorf("agreement.Mechanism consts mismatch (-table +schema):\n%s", diff)
	}
	keys := consts("focusarea.Key")
	if !slices.Contains(keys, "border-management") || len(keys) != 13 {
		t.Errorf("focusarea.Key lists %v, want the 13 keys of the vocabulary", keys)
	}
	// Keys stay open: the last alternative is the pattern.
	alts := defs["focusarea.Key"].(map[string]any)["anyOf"].([]any)
	if alts[len(alts)-1].(map[string]any)["pattern"] == nil {
		t.Error("focusarea.Key does not accept keys outside the vocabulary")
	}
}

// descriptions returns the descriptions of the schema document by the
// JSON Pointer of the schema that has them.
func descriptions(doc map[string]any) map[string]string {
	out := make(map[string]string)
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, sub := range v {
				if k == "description" {
					if d, ok := sub.(string); ok {
						out[path] = d
						continue
					}
				}
				walk(path+"/"+k, sub)
			}
		case []any:
			for i, sub := range v {
				walk(path+"/"+strconv.Itoa(i), sub)
			}
		}
	}
	walk("", doc)
	return out
}

// unquoted returns s without its double-quoted spans, which quote the
// document's own words.
func unquoted(s string) string {
	var b strings.Builder
	for i, part := range strings.Split(s, `"`) {
		if i%2 == 0 {
			b.WriteString(part + " ")
		}
	}
	return b.String()
}

var (
	goReference = regexp.MustCompile(`\b[A-Za-z][A-Za-z0-9]*[a-z][A-Za-z0-9]*\.[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*\b`) // Milestone.Overdue, not U.S.
	camelCase   = regexp.MustCompile(`\b[A-Z][A-Za-z0-9]*([a-z][A-Z]|[A-Z]{2}[a-z])[A-Za-z0-9]*\b`)
	word        = regexp.MustCompile(`\b[A-Za-z][A-Za-z0-9]*\b`)
)

// The descriptions speak JSON: they call members by their JSON names, not
// their Go field names, and name no Go function, method or constant, so
// that a reader who knows only the document can follow them.
func TestDescriptionsSpeakJSON(t *testing.T) {
	doc := schemaDocument(t)
	defs := doc["$defs"].(map[string]any)
	// The Go field names, of each struct, that are not its JSON names.
	goNames := make(map[string]map[string]bool) // by schema pointer of the struct
	var walk func(t reflect.Type)
	seen := map[reflect.Type]bool{}
	walk = func(typ reflect.Type) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice {
			typ = typ.Elem()
		}
		if typ.Kind() != reflect.Struct || seen[typ] {
			return
		}
		seen[typ] = true
		at := "/$defs/" + defName(typ)
		if typ == reflect.TypeFor[agreement.Agreement]() {
			at = ""
		}
		names := map[string]bool{}
		for i := range typ.NumField() {
			f := typ.Field(i)
			if !f.IsExported() {
				continue
			}
			if j, _, _ := strings.Cut(f.Tag.Get("json"), ","); j != "" && j != f.Name {
				names[f.Name] = true
			}
			walk(f.Type)
		}
		goNames[at] = names
	}
	walk(reflect.TypeFor[agreement.Agreement]())
	if len(goNames) < 10 {
		t.Fatalf("found %d structs, want every struct of the document", len(goNames))
	}

	for at, d := range descriptions(doc) {
		text := unquoted(d)
		// A document has no empty values: Parse and the schema reject "",
		// so "empty" would be a Go meaning.
		if strings.Contains(strings.ToLower(text), "empty") {
			t.Errorf("%s: the description speaks of an empty value, which a document cannot have: %q", at, d)
		}
		for _, ref := range goReference.FindAllString(text, -1) {
			t.Errorf("%s: the description names the Go %s: %q", at, ref, d)
		}
		for _, w := range camelCase.FindAllString(text, -1) {
			if defs["bilateral."+w] == nil && defs["agreement."+w] == nil && defs["focusarea."+w] == nil && defs["milestone."+w] == nil {
				t.Errorf("%s: the description names %s, which is neither a member nor a type of the document: %q", at, w, d)
			}
		}
		// The description of a struct, or of one of its members, uses
		// the JSON names of its members.
		for structAt, names := range goNames {
			if at != structAt && !strings.HasPrefix(at, structAt+"/properties/") {
				continue
			}
			if structAt == "" && strings.HasPrefix(at, "/$defs/") {
				continue
			}
			for _, w := range word.FindAllString(text, -1) {
				if names[w] {
					t.Errorf("%s: the description calls a member by its Go name %s: %q", at, w, d)
				}
			}
		}
	}
}

// The descriptions of the agreement's history and statuses give the table
// of legal lifecycle moves, from agreement.LegalMoves.
func TestDescriptionsGiveTheLifecycle(t *testing.T) {
	doc := schemaDocument(t)
	history := doc["properties"].(map[string]any)["history"].(map[string]any)["description"].(string)
	status := doc["$defs"].(map[string]any)["agreement.Status"].(map[string]any)["description"].(string)
	moves := agreement.LegalMoves()
	for _, d := range agreement.Statuses() {
		var want string
		if to, ok := moves[d.Value]; ok {
			want = "from " + string(d.Value) + " to " + list(to, "or") + ";"
		} else {
			want = string(d.Value)
		}
		for name, desc := range map[string]string{"history": history, "agreement.Status": status} {
			if !strings.Contains(desc, want) {
				t.Errorf("the description of %s does not give the moves from %s (%q): %q", name, d.Value, want, desc)
			}
		}
	}
}
