package schema_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/internal/race"
	"github.com/bilateral-go/bilateral/internal/schemacheck"
	"github.com/bilateral-go/bilateral/schema"
)

// ruleBase is the valid document that ruleCases change: it has a member of
// every kind.
const ruleBase = "valid/cdmx-eu-urban-cooperation.json"

// An edit changes the member or item at a JSON Pointer into the document:
// it sets it to value, JSON text, or removes it when value is "". A last
// token "-" appends to an array.
type edit struct {
	path, value string
}

// A ruleCase is a small invalid document: ruleBase with a few edits. Each
// breaks one rule that the schema expresses, so that for every rule of the
// schema some document fails it, at the place where Parse finds the
// problem (TestEveryRuleOfTheSchemaHasACase).
type ruleCase struct {
	name  string
	edits []edit
}

func set(path, value string) edit { return edit{path, value} }
func del(path string) edit        { return edit{path, ""} }

// long is an id or key of 65 characters, one more than is allowed.
var long = strconv.Quote(strings.Repeat("a", 65))

var ruleCases = []ruleCase{
	// Required members, object by object. A missing member is a problem at
	// the object that should hold it.
	{"agreement without id", []edit{del("/id")}},
	{"agreement without kind", []edit{del("/kind")}},
	{"agreement without title", []edit{del("/title")}},
	{"agreement without status", []edit{del("/status")}},
	{"agreement without parties", []edit{del("/parties")}},
	{"agreement without term", []edit{del("/term")}},
	{"agreement without focus areas", []edit{del("/focusAreas")}},
	{"step without status", []edit{del("/history/0/status")}},
	{"step without date", []edit{del("/history/0/date")}},
	{"party without code", []edit{del("/parties/0/code")}},
	{"party without name", []edit{del("/parties/0/name")}},
	{"party without kind", []edit{del("/parties/0/kind")}},
	{"representative without name", []edit{del("/parties/0/representatives/0/name")}},
	{"term without start", []edit{del("/term/start")}},
	{"term without end", []edit{del("/term/end")}},
	{"area without key", []edit{del("/focusAreas/2/key")}},
	{"benefit without description", []edit{del("/focusAreas/0/benefits/0/description")}},
	{"indicator without metric", []edit{del("/focusAreas/0/benefits/0/indicator/metric")}},
	{"indicator without direction", []edit{del("/focusAreas/0/benefits/0/indicator/direction")}},
	{"baseline without quarter", []edit{del("/focusAreas/0/benefits/0/indicator/baseline/quarter")}},
	{"baseline without value", []edit{del("/focusAreas/0/benefits/0/indicator/baseline/value")}},
	{"observation without quarter", []edit{del("/focusAreas/0/benefits/0/indicator/observations/1/quarter")}},
	{"observation without value", []edit{del("/focusAreas/0/benefits/0/indicator/observations/0/value")}},
	{"priority without party", []edit{del("/focusAreas/0/priorities/0/party")}},
	{"priority without statements", []edit{del("/focusAreas/0/priorities/0/statements")}},
	{"commitment without id", []edit{del("/commitments/0/id")}},
	{"commitment without area", []edit{del("/commitments/0/area")}},
	{"commitment without summary", []edit{del("/commitments/0/summary")}},
	{"commitment without implementation", []edit{del("/commitments/0/implementation")}},
	{"implementation without mechanism", []edit{del("/commitments/0/implementation/mechanism")}},
	{"implementation without description", []edit{del("/commitments/0/implementation/description")}},
	{"implementation without cadence", []edit{del("/commitments/0/implementation/cadence")}},
	{"implementation without start", []edit{del("/commitments/1/implementation/start")}},
	{"milestone without id", []edit{del("/milestones/4/id")}},
	{"milestone without quarter", []edit{del("/milestones/4/quarter")}},
	{"milestone without area", []edit{del("/milestones/4/area")}},
	{"milestone without title", []edit{del("/milestones/4/title")}},
	{"engagement without id", []edit{del("/engagements/1/id")}},
	{"engagement without kind", []edit{del("/engagements/1/kind")}},
	{"engagement without host", []edit{del("/engagements/1/host")}},
	{"engagement without status", []edit{del("/engagements/1/status")}},

	// Unknown members, object by object, texts included.
	{"unknown member of the agreement", []edit{set("/colour", `"blue"`)}},
	{"unknown member of a step", []edit{set("/history/0/by", `"x"`)}},
	{"unknown member of a party", []edit{set("/parties/0/capital", `"x"`)}},
	{"unknown member of a representative", []edit{set("/parties/0/representatives/0/email", `"x"`)}},
	{"unknown member of the term", []edit{set("/term/length", `4`)}},
	{"unknown member of an area", []edit{set("/focusAreas/1/notes", `"x"`)}},
	{"unknown member of a benefit", []edit{set("/focusAreas/0/benefits/0/cost", `1`)}},
	{"unknown member of an indicator", []edit{set("/focusAreas/0/benefits/0/indicator/target", `1`)}},
	{"unknown member of a baseline", []edit{set("/focusAreas/0/benefits/0/indicator/baseline/source", `"x"`)}},
	{"unknown member of an observation", []edit{set("/focusAreas/0/benefits/0/indicator/observations/0/unit", `"x"`)}},
	{"unknown member of a priority", []edit{set("/focusAreas/0/priorities/0/rank", `1`)}},
	{"unknown member of a commitment", []edit{set("/commitments/0/owner", `"x"`)}},
	{"unknown member of an implementation", []edit{set("/commitments/0/implementation/budget", `1`)}},
	{"unknown member of a milestone", []edit{set("/milestones/4/owner", `"x"`)}},
	{"unknown member of an engagement", []edit{set("/engagements/1/agenda", `"x"`)}},

	// Counts, lengths and bounds.
	{"one party", []edit{del("/parties/1")}},
	{"three parties", []edit{set("/parties/-", `{"code": "US", "name": "United States", "kind": "state"}`)}},
	{"no focus areas", []edit{set("/focusAreas", `[]`)}},
	{"priority with no statements", []edit{set("/focusAreas/0/priorities/0/statements", `[]`)}},
	{"representative with an empty name", []edit{set("/parties/0/representatives/0/name", `""`)}},
	{"negative indicator value", []edit{set("/focusAreas/0/benefits/0/indicator/value", `-1`)}},
	{"id of 65 characters", []edit{set("/id", long)}},
	{"key of 65 characters", []edit{set("/focusAreas/2/key", long), set("/focusAreas/2/title", `"Long"`)}},
	{"language twice", []edit{set("/languages", `["en", "en"]`)}},

	// Forms of values.
	{"ill-formed id", []edit{set("/id", `"CDMX"`)}},
	{"ill-formed key", []edit{set("/focusAreas/1/key", `"Environment"`)}},
	{"ill-formed party code", []edit{set("/parties/1/code", `"eu"`)}},
	{"ill-formed venue", []edit{set("/commitments/0/implementation/venue", `"Alternating"`)}},
	{"ill-formed language tag", []edit{set("/languages", `["EN"]`)}},
	{"ill-formed language tag of a text", []edit{set("/title", `{"EN": "Urban cooperation"}`)}},
	{"ill-formed quarter", []edit{set("/term/start", `"2025-Q5"`)}},
	{"ill-formed date", []edit{set("/history/0/date", `"2024-02-30"`)}},
	{"date in the year 0", []edit{set("/history/0/date", `"0000-09-30"`)}},
	{"empty text", []edit{set("/summary", `""`)}},
	{"text with no languages", []edit{set("/summary", `{}`)}},
	{"text with an empty translation", []edit{set("/summary", `{"en": ""}`)}},
	{"text of the wrong type", []edit{set("/summary", `7`)}},

	// Enums, one by one.
	{"unknown kind", []edit{set("/kind", `"accord"`)}},
	{"unknown status", []edit{set("/status", `"ratified"`), del("/history")}},
	{"unknown step status", []edit{set("/history/0/status", `"drafted"`)}},
	{"unknown party kind", []edit{set("/parties/0/kind", `"city"`)}},
	{"unknown fiscal year start", []edit{set("/parties/1/fiscalYearStart", `2`)}},
	{"unknown direction", []edit{set("/focusAreas/0/benefits/0/indicator/direction", `"up"`)}},
	{"unknown unit", []edit{set("/focusAreas/0/benefits/0/indicator/unit", `"percentage"`)}},
	{"unknown mechanism", []edit{set("/commitments/0/implementation/mechanism", `"board"`)}},
	{"unknown cadence", []edit{set("/commitments/0/implementation/cadence", `"monthly"`)}},
	{"unknown milestone status", []edit{set("/milestones/4/status", `"late"`)}},
	{"unknown engagement kind", []edit{set("/engagements/1/kind", `"dinner"`)}},
	{"unknown engagement status", []edit{set("/engagements/1/status", `"postponed"`)}},

	// Members that another member's value requires or forbids, and that
	// it does not when that value is ill-formed.
	{"area outside the vocabulary without a title", []edit{del("/focusAreas/0/title")}},
	{"ill-formed key without a title", []edit{set("/focusAreas/2/key", `"Education"`), del("/focusAreas/2/title")}},
	{"met milestone without metIn", []edit{del("/milestones/0/metIn")}},
	{"scheduled milestone with metIn", []edit{set("/milestones/4/metIn", `"2025-Q3"`)}},
	{"milestone without status with metIn", []edit{del("/milestones/4/status"), set("/milestones/4/metIn", `"2025-Q3"`)}},
	{"unknown milestone status with metIn", []edit{set("/milestones/4/status", `"late"`), set("/milestones/4/metIn", `"2025-Q3"`)}},
	{"observations without a baseline", []edit{del("/focusAreas/0/benefits/0/indicator/baseline")}},
	{"baseline of 0 for a change in percent", []edit{set("/focusAreas/0/benefits/0/indicator/baseline/value", `0`)}},
	{"baseline of 0.0 for a maintained level in percent", []edit{set("/focusAreas/0/benefits/2/indicator/baseline/value", `0.0`)}},
	{"held engagement without a date", []edit{del("/engagements/0/date")}},
	{"scheduled engagement without a date", []edit{del("/engagements/2/date")}},
}

// apply returns ruleBase with the case's edits.
func (c ruleCase) apply(t testing.TB) ([]byte, error) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testdata, ruleBase))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := decode(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range c.edits {
		if doc, err = e.apply(doc); err != nil {
			return nil, err
		}
	}
	return json.Marshal(doc)
}

// decode reads JSON, keeping numbers as written.
func decode(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	err := dec.Decode(&v)
	return v, err
}

func (e edit) apply(doc any) (any, error) {
	var value any
	if e.value != "" {
		v, err := decode([]byte(e.value))
		if err != nil {
			return nil, fmt.Errorf("%s: %v", e.path, err)
		}
		value = v
	}
	tokens := strings.Split(e.path, "/")[1:]
	for i, tok := range tokens {
		tokens[i] = strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
	}
	return change(doc, tokens, value, e.value == "")
}

// change returns v with the member or item at tokens set to value, or
// removed.
func change(v any, tokens []string, value any, remove bool) (any, error) {
	tok, last := tokens[0], len(tokens) == 1
	switch v := v.(type) {
	case map[string]any:
		if last {
			if remove {
				if _, ok := v[tok]; !ok {
					return nil, fmt.Errorf("no member %q to remove", tok)
				}
				delete(v, tok)
			} else {
				v[tok] = value
			}
			return v, nil
		}
		sub, ok := v[tok]
		if !ok {
			return nil, fmt.Errorf("no member %q", tok)
		}
		sub, err := change(sub, tokens[1:], value, remove)
		v[tok] = sub
		return v, err
	case []any:
		if last && tok == "-" && !remove {
			return append(v, value), nil
		}
		i, err := strconv.Atoi(tok)
		if err != nil || i < 0 || i >= len(v) {
			return nil, fmt.Errorf("no item %q", tok)
		}
		if last {
			if remove {
				return slices.Delete(v, i, i+1), nil
			}
			v[i] = value
			return v, nil
		}
		v[i], err = change(v[i], tokens[1:], value, remove)
		return v, err
	}
	return nil, fmt.Errorf("%q is below neither an object nor an array", tok)
}

// Each rule case is a document that Parse rejects for a rule that the
// schema checks.
func TestRuleCases(t *testing.T) {
	expressible := schemaCodes()
	seen := make(map[string]bool)
	for _, d := range parseInvalid(t) {
		if !strings.HasPrefix(d.name, "case ") {
			continue
		}
		if seen[d.name] {
			t.Errorf("two cases are named %q", d.name)
		}
		seen[d.name] = true
		if !slices.ContainsFunc(d.problems, func(p bilateral.Problem) bool { return expressible[p.Code] }) {
			t.Errorf("%s: Parse reports %v, no problem that the schema checks", d.name, d.problems)
		}
	}
}

// A ruleSite is one rule of the schema: a keyword that rejects documents,
// and a way to remove it that makes the schema accept more.
type ruleSite struct {
	// at is the JSON Pointer, into the schema, of the keyword; of the name
	// for a member of a required list.
	at string
	// loosen removes the rule from a copy of the schema.
	loosen func(schema any)
}

// ruleSites returns the rules of the schema document: each member of a
// required list, each additionalProperties: false, each false schema of a
// member, each oneOf and anyOf (the enums, texts, keys and venues), and
// each minItems, maxItems, minLength, maxLength, minProperties, minimum,
// uniqueItems, pattern, propertyNames and not. The conditions of if are not
// rules of their own: their then and else are. Neither are type and
// format: a type is given together with other rules that need it, and
// DatePattern already rejects what format: date would. Nor is the not next
// to each pattern, the newline guard, which only a validator whose "$"
// matches before a final line feed needs (TestPortable checks it is
// there).
func ruleSites(doc any) []ruleSite {
	var sites []ruleSite
	var walk func(path []string, v any)
	walk = func(path []string, v any) {
		obj, ok := v.(map[string]any)
		if !ok {
			return
		}
		at := func(tokens ...string) string { return pointer(append(slices.Clone(path), tokens...)) }
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			sub := obj[k]
			here := append(slices.Clone(path), k)
			switch k {
			case "required":
				for _, name := range sub.([]any) {
					name := name.(string)
					sites = append(sites, ruleSite{at(k, name), func(s any) {
						o := lookup(s, path).(map[string]any)
						o[k] = slices.DeleteFunc(slices.Clone(o[k].([]any)), func(n any) bool { return n == name })
					}})
				}
			case "additionalProperties":
				if sub == false {
					sites = append(sites, deleteKeyword(path, k))
				}
				walk(here, sub)
			case "minItems", "maxItems", "minLength", "maxLength", "minProperties", "minimum", "pattern", "propertyNames":
				sites = append(sites, deleteKeyword(path, k))
			case "uniqueItems":
				if sub == true {
					sites = append(sites, deleteKeyword(path, k))
				}
			case "oneOf", "anyOf", "allOf":
				if k != "allOf" {
					sites = append(sites, deleteKeyword(path, k))
				}
				for i, alt := range sub.([]any) {
					walk(append(slices.Clone(here), strconv.Itoa(i)), alt)
				}
			case "properties", "$defs":
				for name, member := range sub.(map[string]any) {
					if member == false {
						sites = append(sites, ruleSite{at(k, name), func(s any) {
							lookup(s, here).(map[string]any)[name] = true
						}})
					}
					walk(append(slices.Clone(here), name), member)
				}
			case "not":
				// A rule of its own, unless it is the newline guard
				// beside a pattern.
				if n, ok := sub.(map[string]any); !ok || n["pattern"] != "\n" {
					sites = append(sites, deleteKeyword(path, k))
				}
			case "items", "then", "else":
				walk(here, sub)
			}
		}
	}
	walk(nil, doc)
	slices.SortFunc(sites, func(a, b ruleSite) int { return strings.Compare(a.at, b.at) })
	return sites
}

func deleteKeyword(path []string, k string) ruleSite {
	return ruleSite{pointer(append(slices.Clone(path), k)), func(s any) {
		delete(lookup(s, path).(map[string]any), k)
	}}
}

func lookup(v any, path []string) any {
	for _, tok := range path {
		switch o := v.(type) {
		case map[string]any:
			v = o[tok]
		case []any:
			i, _ := strconv.Atoi(tok)
			v = o[i]
		}
	}
	return v
}

func pointer(tokens []string) string {
	var b strings.Builder
	for _, tok := range tokens {
		b.WriteByte('/')
		b.WriteString(strings.NewReplacer("~", "~0", "/", "~1").Replace(tok))
	}
	return b.String()
}

// TestEveryRuleOfTheSchemaHasACase removes the rules of the schema one at a
// time, and checks that each removal lets some invalid document through,
// or moves where the schema finds a problem away from where Parse finds
// it. A rule that no document tells apart from its absence is not tested:
// add a case to ruleCases, or a document to agreement/testdata/invalid,
// that breaks it.
func TestEveryRuleOfTheSchemaHasACase(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the schema once for each of its rules")
	}
	if race.Enabled {
		t.Skip("one goroutine compiling the schema once for each of its rules; the run without -race checks it")
	}
	expressible := schemaCodes()
	docs := parseInvalid(t)
	original := schema.Agreement()
	base, err := decode(original)
	if err != nil {
		t.Fatal(err)
	}
	sites := ruleSites(base)
	if len(sites) < 80 {
		t.Fatalf("found %d rules in the schema; the walk misses some", len(sites))
	}
	for _, site := range sites {
		s, _ := decode(original)
		site.loosen(s)
		data, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		sch, err := schemacheck.CompileBytes(data)
		if err != nil {
			t.Fatalf("without %s the schema does not compile: %v", site.at, err)
		}
		caught := slices.ContainsFunc(docs, func(d parsed) bool { return len(mismatches(sch, d, expressible)) > 0 })
		if !caught {
			t.Errorf("no invalid document tells the schema from the schema without %s; add one to ruleCases", site.at)
		}
	}
}
