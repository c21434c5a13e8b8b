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
				patterns = append(patterns, v.(string))
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
