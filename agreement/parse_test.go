package agreement

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/google/go-cmp/cmp"
)

// parseBaseDocument is validAgreement as a document. The Parse cases edit
// its text.
const parseBaseDocument = `{
  "id": "us-mexico-water-and-trade",
  "kind": "action-plan",
  "title": "U.S.-Mexico Water and Trade Action Plan",
  "summary": "The parties plan to lower trade barriers and to share river basin data.",
  "status": "signed",
  "history": [
    {"status": "negotiating", "date": "2024-06-14", "note": "The Washington dialogue."},
    {"status": "concluded", "date": "2024-10-01"},
    {"status": "signed", "date": "2024-12-02"}
  ],
  "parties": [
    {
      "code": "US",
      "name": "United States",
      "kind": "state",
      "fiscalYearStart": 10,
      "representatives": [{"name": "Jane Roe", "role": "Trade Representative"}]
    },
    {"code": "MX", "name": "Mexico", "kind": "state"}
  ],
  "term": {"start": "2025-Q1", "end": "2026-Q4"},
  "focusAreas": [
    {
      "key": "trade",
      "actions": ["Review of tariffs", "Modern customs operations"],
      "benefits": [
        {
          "description": "Projected 15% increase in bilateral trade volume",
          "indicator": {"metric": "Bilateral trade volume", "direction": "increase", "value": 15, "unit": "percent", "by": "2026-Q4"}
        }
      ],
      "priorities": [
        {"party": "US", "statements": ["Lower tariffs"]},
        {"party": "MX", "statements": ["Faster customs"]}
      ]
    },
    {"key": "water", "actions": ["Joint gauging of the Rio Grande"]},
    {"key": "river-basin-data", "title": "River basin data"}
  ],
  "commitments": [
    {
      "id": "trade-barriers",
      "area": "trade",
      "summary": "Reduction of trade barriers",
      "implementation": {
        "mechanism": "review-session",
        "description": "Quarterly review sessions",
        "cadence": "quarterly",
        "start": "2025-Q1",
        "end": "2026-Q2",
        "venue": "alternating",
        "leads": ["US", "MX"]
      }
    }
  ],
  "milestones": [
    {
      "id": "tariff-review",
      "quarter": "2025-Q2",
      "area": "trade",
      "title": "Tariff review",
      "expectedResults": ["A list of tariffs to lower"],
      "commitment": "trade-barriers",
      "status": "met",
      "metIn": "2025-Q2"
    },
    {
      "id": "customs-pilot",
      "quarter": "2025-Q4",
      "originalQuarter": "2025-Q3",
      "area": "trade",
      "title": "Customs pilot",
      "status": "in-progress",
      "dependsOn": ["tariff-review"]
    },
    {
      "id": "joint-gauging",
      "quarter": "2026-Q1",
      "area": "water",
      "title": "Joint gauging stations",
      "dependsOn": ["customs-pilot"]
    }
  ],
  "engagements": [
    {"id": "washington-meeting", "kind": "meeting", "host": "US", "place": "Washington, D.C.", "status": "held", "date": "2024-06-14"},
    {"id": "visit-to-mexico-city", "kind": "visit", "host": "MX", "place": "Mexico City", "status": "invited"}
  ]
}`

// An edit replaces the one occurrence of old in a document by new.
type edit struct{ old, new string }

// applyEdits applies edits to doc, each of whose old texts must occur
// exactly once.
func applyEdits(t testing.TB, doc string, edits []edit) string {
	t.Helper()
	for _, e := range edits {
		if n := strings.Count(doc, e.old); n != 1 {
			t.Fatalf("the document has %q %d times, want once", e.old, n)
		}
		doc = strings.Replace(doc, e.old, e.new, 1)
	}
	return doc
}

// A parseCase edits parseBaseDocument, or gives a whole document, and lists
// every problem that Parse must then report.
type parseCase struct {
	name  string
	edits []edit
	// raw, when not nil, is the whole document instead.
	raw  []byte
	want []pathCode
	// messageHas, when set, is text that the message of some problem must
	// contain, such as the line of a syntax error.
	messageHas string
}

func (tc parseCase) document(t testing.TB) []byte {
	if tc.raw != nil {
		return tc.raw
	}
	return []byte(applyEdits(t, parseBaseDocument, tc.edits))
}

// ed is short for an edit in the tables.
func ed(old, new string) edit { return edit{old, new} }

func runParseCases(t *testing.T, cases []parseCase) {
	t.Helper()
	runCases(t, cases, func(tc parseCase) string { return tc.name }, func(t *testing.T, tc parseCase) {
		a, err := Parse(tc.document(t))
		if a != nil && err != nil {
			t.Errorf("Parse returned a non-nil *Agreement with the error %v", err)
		}
		if a == nil && err == nil {
			t.Fatal("Parse returned neither an agreement nor an error")
		}
		ps := problemsOf(t, err)
		got := pathCodesOf(ps)
		if diff := cmp.Diff(sortedPathCodes(tc.want), got); diff != "" {
			t.Errorf("Parse problems (path, code) mismatch (-want +got):\n%s\nerror: %v", diff, err)
		}
		if tc.messageHas != "" && !slices.ContainsFunc(ps, func(p bilateral.Problem) bool {
			return strings.Contains(p.Message, tc.messageHas)
		}) {
			t.Errorf("no message has %q: %v", tc.messageHas, ps)
		}
		for _, p := range ps {
			if p.Message == "" {
				t.Errorf("problem at %q (%s) has no message", p.Path, p.Code)
			}
		}
		if !slices.IsSortedFunc(ps, func(a, b bilateral.Problem) int { return bilateral.ComparePointers(a.Path, b.Path) }) {
			t.Errorf("problems not sorted by path: %v", ps)
		}
	})
}

func TestParseBaseDocument(t *testing.T) {
	a, err := Parse([]byte(parseBaseDocument))
	if err != nil {
		t.Fatalf("Parse(parseBaseDocument): %v", err)
	}
	if diff := cmp.Diff(validAgreement(), a); diff != "" {
		t.Errorf("Parse(parseBaseDocument) is not validAgreement (-want +got):\n%s", diff)
	}
}

// TestParseErrorIsProblems checks that the error works with errors.As and
// that no error comes with an agreement.
func TestParseErrorIsProblems(t *testing.T) {
	for _, doc := range []string{"", "{", "null", "[]", "{}", `{"id": 5}`, parseBaseDocument + "x"} {
		a, err := Parse([]byte(doc))
		if err == nil {
			t.Errorf("Parse(%q) = nil error", doc)
			continue
		}
		if a != nil {
			t.Errorf("Parse(%q) returned an agreement with its error", doc)
		}
		var ps bilateral.Problems
		if !errors.As(err, &ps) || len(ps) == 0 {
			t.Errorf("Parse(%q) error %T is not a non-empty bilateral.Problems", doc, err)
		}
	}
}

func TestParseJSON(t *testing.T)        { runParseCases(t, jsonParseCases()) }
func TestParseValues(t *testing.T)      { runParseCases(t, valueParseCases()) }
func TestParseSuppression(t *testing.T) { runParseCases(t, suppressionParseCases()) }
func TestParseNoCascades(t *testing.T)  { runParseCases(t, cascadeParseCases()) }

func allParseCases() []parseCase {
	return slices.Concat(jsonParseCases(), valueParseCases(), suppressionParseCases(), cascadeParseCases())
}

const (
	indicatorPath = "/focusAreas/0/benefits/0/indicator"
	fiscalPath    = "/parties/0/fiscalYearStart"
)

func jsonParseCases() []parseCase {
	return []parseCase{
		// Syntax, with line and column in the message.
		{
			name:       "json.syntax/missing value",
			edits:      []edit{ed(`"kind": "action-plan",`, `"kind": ,`)},
			want:       []pathCode{pc("/kind", CodeJSONSyntax)},
			messageHas: "line 3",
		},
		{
			name:       "json.syntax/trailing comma",
			edits:      []edit{ed(`"status": "invited"}`, `"status": "invited",}`)},
			want:       []pathCode{pc("/engagements/1", CodeJSONSyntax)},
			messageHas: "line 87",
		},
		{
			name:       "json.syntax/missing comma",
			edits:      []edit{ed(`"end": "2026-Q4"}`, `"end": "2026-Q4" "x": 1}`)},
			want:       []pathCode{pc("/term", CodeJSONSyntax)},
			messageHas: "line 22",
		},
		{
			name:       "json.syntax/unterminated",
			raw:        []byte("{\n  \"id\": \"a\",\n  \"title\": {\"en\": \"A\""),
			want:       []pathCode{pc("/title", CodeJSONSyntax)},
			messageHas: "line 3",
		},
		{
			// The same rule for every syntax error: the innermost place
			// the decoder was in.
			name:       "json.syntax/cut after an item",
			raw:        []byte(parseBaseDocument[:strings.Index(parseBaseDocument, "    }\n  ],\n  \"milestones\"")+len("    }")] + ","),
			want:       []pathCode{pc("/commitments", CodeJSONSyntax)},
			messageHas: "unexpected end",
		},
		{
			name:       "json.syntax/trailing comma in an array",
			edits:      []edit{ed(`"leads": ["US", "MX"]`, `"leads": ["US", "MX",]`)},
			want:       []pathCode{pc("/commitments/0/implementation/leads", CodeJSONSyntax)},
			messageHas: "line ",
		},
		{
			name:       "json.syntax/byte order mark",
			raw:        []byte("\ufeff" + parseBaseDocument),
			want:       []pathCode{pc("", CodeJSONSyntax)},
			messageHas: "byte order mark",
		},
		{
			name:       "json.syntax/lone surrogate",
			edits:      []edit{ed(`"title": "Customs pilot",`, `"title": "Customs \ud800pilot",`)},
			want:       []pathCode{pc("/milestones/1/title", CodeJSONSyntax)},
			messageHas: "surrogate",
		},
		{name: "json.syntax/empty document", raw: []byte(""), want: []pathCode{pc("", CodeJSONSyntax)}, messageHas: "line 1"},
		{name: "json.syntax/only space", raw: []byte(" \n\t "), want: []pathCode{pc("", CodeJSONSyntax)}, messageHas: "line 2"},
		{name: "json.syntax/text after the document", raw: []byte(parseBaseDocument + "\n{}"), want: []pathCode{pc("", CodeJSONSyntax)}, messageHas: "line 90"},
		{
			name:       "json.syntax/leading zero",
			edits:      []edit{ed(`"value": 15,`, `"value": 015,`)},
			want:       []pathCode{pc(indicatorPath, CodeJSONSyntax)},
			messageHas: "line 30",
		},
		{
			name:  "json.syntax/invalid UTF-8",
			edits: []edit{ed(`"Mexico City"`, "\"Mexico \xff City\"")},
			want:  []pathCode{pc("/engagements/1/place", CodeJSONSyntax)},
		},
		{name: "json.syntax/single quotes", raw: []byte("{'id': 'a'}"), want: []pathCode{pc("", CodeJSONSyntax)}, messageHas: "line 1, column 2"},
		{
			name: "json.syntax/after another problem",
			// A syntax error is reported alone: what came before it may
			// have been misread.
			edits: []edit{ed(`"kind": "action-plan",`, `"kind": "pact",`), ed("\"status\": \"signed\",\n  \"history\"", "\"status\": \"signed\" ,,\n  \"history\"")},
			want:  []pathCode{pc("", CodeJSONSyntax)},
		},

		// Unknown members.
		{name: "json.unknown-member/top level", edits: []edit{ed(`"kind": "action-plan",`, `"kind": "action-plan", "colour": "red",`)}, want: []pathCode{pc("/colour", CodeJSONUnknownMember)}},
		{
			// Given twice, an unknown member is unknown once, then a
			// duplicate, as a known member given twice is.
			name:  "json.duplicate-member/unknown member twice",
			edits: []edit{ed(`"kind": "action-plan",`, `"kind": "action-plan", "colour": "red", "colour": "red",`)},
			want:  []pathCode{pc("/colour", CodeJSONDuplicateMember), pc("/colour", CodeJSONUnknownMember)},
		},
		{
			name:  "json.unknown-member/nested",
			edits: []edit{ed(`{"code": "MX",`, `{"code": "MX", "nickname": "Mex",`)},
			want:  []pathCode{pc("/parties/1/nickname", CodeJSONUnknownMember)},
		},
		{
			name:  "json.unknown-member/misspelt",
			edits: []edit{ed(`"venue": "alternating",`, `"venue": "alternating", "Leads": ["US"],`)},
			want:  []pathCode{pc("/commitments/0/implementation/Leads", CodeJSONUnknownMember)},
		},
		{
			name:  "json.unknown-member/escaped name",
			edits: []edit{ed(`"kind": "action-plan",`, `"kind": "action-plan", "a\/b~": 1,`)},
			want:  []pathCode{pc("/a~1b~0", CodeJSONUnknownMember)},
		},
		{
			name:  "json.unknown-member/duplicate inside its value",
			edits: []edit{ed(`"kind": "action-plan",`, `"kind": "action-plan", "extra": {"a": 1, "a": 2},`)},
			want:  []pathCode{pc("/extra", CodeJSONUnknownMember), pc("/extra/a", CodeJSONDuplicateMember)},
		},

		// Duplicate members.
		{name: "json.duplicate-member/top level", edits: []edit{ed(`"kind": "action-plan",`, `"kind": "action-plan", "id": "other",`)}, want: []pathCode{pc("/id", CodeJSONDuplicateMember)}},
		{
			name:  "json.duplicate-member/nested",
			edits: []edit{ed(`{"code": "MX",`, `{"code": "MX", "code": "CA",`)},
			want:  []pathCode{pc("/parties/1/code", CodeJSONDuplicateMember)},
		},
		{
			name:  "json.duplicate-member/optional text object",
			edits: []edit{ed(`"summary": "The parties plan to lower trade barriers and to share river basin data.",`, `"summary": {"en": "a", "en": "b"},`)},
			want:  []pathCode{pc("/summary/en", CodeJSONDuplicateMember)},
		},
		{
			name:  "json.duplicate-member/text object, escaped",
			edits: []edit{ed(`"note": "The Washington dialogue."`, `"note": {"en": "a", "\u0065n": "b"}`)},
			want:  []pathCode{pc("/history/0/note/en", CodeJSONDuplicateMember)},
		},

		// null and the empty string are never values.
		{name: "json.type/null optional", edits: []edit{ed(`"summary": "The parties plan to lower trade barriers and to share river basin data.",`, `"summary": null,`)}, want: []pathCode{pc("/summary", CodeJSONType)}},
		{name: "json.type/null required", edits: []edit{ed(`"id": "us-mexico-water-and-trade",`, `"id": null,`)}, want: []pathCode{pc("/id", CodeJSONType)}},
		{name: "json.type/null list", edits: []edit{ed(`"leads": ["US", "MX"]`, `"leads": null`)}, want: []pathCode{pc("/commitments/0/implementation/leads", CodeJSONType)}},
		{name: "json.type/null item", edits: []edit{ed(`"leads": ["US", "MX"]`, `"leads": ["US", null]`)}, want: []pathCode{pc("/commitments/0/implementation/leads/1", CodeJSONType)}},
		{name: "json.type/null fiscalYearStart", edits: []edit{ed(`"fiscalYearStart": 10,`, `"fiscalYearStart": null,`)}, want: []pathCode{pc(fiscalPath, CodeJSONType)}},
		{name: "json.type/null document", raw: []byte("null"), want: []pathCode{pc("", CodeJSONType)}},
		{name: "json.empty-string/id", edits: []edit{ed(`"id": "us-mexico-water-and-trade",`, `"id": "",`)}, want: []pathCode{pc("/id", CodeJSONEmptyString)}},
		{name: "json.empty-string/enum", edits: []edit{ed(`"kind": "action-plan",`, `"kind": "",`)}, want: []pathCode{pc("/kind", CodeJSONEmptyString)}},
		{name: "json.empty-string/text", edits: []edit{ed(`"title": "Tariff review",`, `"title": "",`)}, want: []pathCode{pc("/milestones/0/title", CodeJSONEmptyString)}},
		{name: "json.empty-string/quarter", edits: []edit{ed(`"quarter": "2025-Q2",`, `"quarter": "",`)}, want: []pathCode{pc("/milestones/0/quarter", CodeJSONEmptyString)}},
		{name: "json.empty-string/date", edits: []edit{ed(`"date": "2024-10-01"`, `"date": ""`)}, want: []pathCode{pc("/history/1/date", CodeJSONEmptyString)}},
		{name: "json.empty-string/representative name", edits: []edit{ed(`"name": "Jane Roe"`, `"name": ""`)}, want: []pathCode{pc("/parties/0/representatives/0/name", CodeJSONEmptyString)}},
		{
			name:  "json.empty-string/party code",
			edits: []edit{ed(`{"code": "MX",`, `{"code": "",`)},
			// The references to MX may name this party: not unknown.
			want: []pathCode{pc("/parties/1/code", CodeJSONEmptyString)},
		},
		{name: "json.empty-string/language", edits: []edit{ed("\"status\": \"signed\",\n  \"history\"", "\"status\": \"signed\", \"languages\": [\"\"],\n  \"history\"")}, want: []pathCode{pc("/languages/0", CodeJSONEmptyString)}},
		{
			name:  "json.empty-string/dependsOn item",
			edits: []edit{ed(`"dependsOn": ["tariff-review"]`, `"dependsOn": [""]`)},
			want:  []pathCode{pc("/milestones/1/dependsOn/0", CodeJSONEmptyString)},
		},
		{
			name:  "json.empty-string/text translation",
			edits: []edit{ed(`"title": "Tariff review",`, `"title": {"en": ""},`)},
			// An empty translation is not an empty string as a value: it is
			// an empty text, which Validate reports.
			want: []pathCode{pc("/milestones/0/title/en", CodeTextEmpty)},
		},

		// Wrong types.
		{name: "json.type/number for string", edits: []edit{ed(`"id": "us-mexico-water-and-trade",`, `"id": 5,`)}, want: []pathCode{pc("/id", CodeJSONType)}},
		{name: "json.type/object for array", edits: []edit{ed(`"leads": ["US", "MX"]`, `"leads": {"US": true}`)}, want: []pathCode{pc("/commitments/0/implementation/leads", CodeJSONType)}},
		{name: "json.type/string for array", edits: []edit{ed(`"expectedResults": ["A list of tariffs to lower"],`, `"expectedResults": "A list of tariffs to lower",`)}, want: []pathCode{pc("/milestones/0/expectedResults", CodeJSONType)}},
		{name: "json.type/array for object", edits: []edit{ed(`"term": {"start": "2025-Q1", "end": "2026-Q4"},`, `"term": ["2025-Q1", "2026-Q4"],`)}, want: []pathCode{pc("/term", CodeJSONType)}},
		{name: "json.type/string for number", edits: []edit{ed(`"value": 15,`, `"value": "15",`)}, want: []pathCode{pc(indicatorPath+"/value", CodeJSONType)}},
		{name: "json.type/bool for text", edits: []edit{ed(`"title": "Customs pilot",`, `"title": true,`)}, want: []pathCode{pc("/milestones/1/title", CodeJSONType)}},
		{name: "json.type/number in text object", edits: []edit{ed(`"title": "Customs pilot",`, `"title": {"en": 5},`)}, want: []pathCode{pc("/milestones/1/title/en", CodeJSONType)}},
		{name: "json.duplicate-member/language in text object", edits: []edit{ed(`"title": "Customs pilot",`, `"title": {"en": "a", "en": "b"},`)}, want: []pathCode{pc("/milestones/1/title/en", CodeJSONDuplicateMember)}},
		{name: "json.type/number for quarter", edits: []edit{ed(`"by": "2026-Q4"`, `"by": 2026`)}, want: []pathCode{pc(indicatorPath+"/by", CodeJSONType)}},
		{name: "json.type/array item", edits: []edit{ed(`"dependsOn": ["tariff-review"]`, `"dependsOn": [["tariff-review"]]`)}, want: []pathCode{pc("/milestones/1/dependsOn/0", CodeJSONType)}},
		{name: "json.type/document is an array", raw: []byte("[]"), want: []pathCode{pc("", CodeJSONType)}},

		// Numbers out of range.
		{name: "json.number/too large", edits: []edit{ed(`"value": 15,`, `"value": 1e999,`)}, want: []pathCode{pc(indicatorPath+"/value", CodeJSONNumber)}},
		{name: "json.number/too small", edits: []edit{ed(`"value": 15,`, `"value": -1e999,`)}, want: []pathCode{pc(indicatorPath+"/value", CodeJSONNumber)}},
		// A number read as 0 would be changed without a word; the schema's
		// minimum would reject -1e-400 too.
		{name: "json.number/underflow", edits: []edit{ed(`"value": 15,`, `"value": 1e-999,`)}, want: []pathCode{pc(indicatorPath+"/value", CodeJSONNumber)}},
		{name: "json.number/negative underflow", edits: []edit{ed(`"value": 15,`, `"value": -1e-400,`)}, want: []pathCode{pc(indicatorPath+"/value", CodeJSONNumber)}},
		{name: "number/tiny is fine", edits: []edit{ed(`"value": 15,`, `"value": 1e-300,`)}},
		{name: "number/zero in any spelling is fine", edits: []edit{ed(`"value": 15,`, `"value": 0.0e-999,`)}},
	}
}

func valueParseCases() []parseCase {
	return []parseCase{
		{name: "quarter.invalid/quarter 5", edits: []edit{ed(`"start": "2025-Q1", "end"`, `"start": "2025-Q5", "end"`)}, want: []pathCode{pc("/term/start", CodeQuarterInvalid)}},
		{name: "quarter.invalid/year 0", edits: []edit{ed(`"end": "2026-Q4"}`, `"end": "0000-Q4"}`)}, want: []pathCode{pc("/term/end", CodeQuarterInvalid)}},
		{name: "quarter.invalid/words", edits: []edit{ed(`"quarter": "2025-Q2",`, `"quarter": "spring",`)}, want: []pathCode{pc("/milestones/0/quarter", CodeQuarterInvalid)}},
		{name: "quarter.invalid/year only", edits: []edit{ed(`"originalQuarter": "2025-Q3",`, `"originalQuarter": "2025",`)}, want: []pathCode{pc("/milestones/1/originalQuarter", CodeQuarterInvalid)}},
		{name: "quarter.invalid/five-digit year", edits: []edit{ed(`"by": "2026-Q4"`, `"by": "12026-Q4"`)}, want: []pathCode{pc(indicatorPath+"/by", CodeQuarterInvalid)}},
		{name: "quarter.invalid/a date", edits: []edit{ed(`"start": "2025-Q1",
        "end"`, `"start": "2025-01-01",
        "end"`)}, want: []pathCode{pc("/commitments/0/implementation/start", CodeQuarterInvalid)}},
		{name: "quarter.not-canonical/Q3 2025", edits: []edit{ed(`"originalQuarter": "2025-Q3",`, `"originalQuarter": "Q3 2025",`)}, want: []pathCode{pc("/milestones/1/originalQuarter", CodeQuarterCanonical)}},
		{name: "quarter.not-canonical/2025q4", edits: []edit{ed(`"quarter": "2025-Q4",`, `"quarter": "2025q4",`)}, want: []pathCode{pc("/milestones/1/quarter", CodeQuarterCanonical)}},
		{name: "quarter.not-canonical/2025-q4", edits: []edit{ed(`"quarter": "2025-Q4",`, `"quarter": "2025-q4",`)}, want: []pathCode{pc("/milestones/1/quarter", CodeQuarterCanonical)}},
		{name: "quarter.not-canonical/2025 Q4", edits: []edit{ed(`"quarter": "2025-Q4",`, `"quarter": "2025 Q4",`)}, want: []pathCode{pc("/milestones/1/quarter", CodeQuarterCanonical)}},
		{name: "quarter.not-canonical/Q4-2025", edits: []edit{ed(`"quarter": "2025-Q4",`, `"quarter": "Q4-2025",`)}, want: []pathCode{pc("/milestones/1/quarter", CodeQuarterCanonical)}},
		{name: "quarter.not-canonical/2025Q4", edits: []edit{ed(`"quarter": "2025-Q4",`, `"quarter": "2025Q4",`)}, want: []pathCode{pc("/milestones/1/quarter", CodeQuarterCanonical)}},
		{name: "quarter.not-canonical/term", edits: []edit{ed(`"start": "2025-Q1", "end"`, `"start": "q1 2025", "end"`)}, want: []pathCode{pc("/term/start", CodeQuarterCanonical)}},
		{name: "date.invalid/no such day", edits: []edit{ed(`"date": "2024-10-01"`, `"date": "2023-02-29"`)}, want: []pathCode{pc("/history/1/date", CodeDateInvalid)}},
		{name: "date.invalid/slashes", edits: []edit{ed(`"date": "2024-10-01"`, `"date": "2024/01/01"`)}, want: []pathCode{pc("/history/1/date", CodeDateInvalid)}},
		{name: "date.invalid/month 13", edits: []edit{ed(`"date": "2024-10-01"`, `"date": "2024-13-01"`)}, want: []pathCode{pc("/history/1/date", CodeDateInvalid)}},
		{name: "date.invalid/no zero padding", edits: []edit{ed(`"date": "2024-10-01"`, `"date": "2024-6-1"`)}, want: []pathCode{pc("/history/1/date", CodeDateInvalid)}},
		{name: "date.invalid/with time", edits: []edit{ed(`"date": "2024-10-01"`, `"date": "2024-10-01T00:00:00Z"`)}, want: []pathCode{pc("/history/1/date", CodeDateInvalid)}},
		{name: "date/leap day is fine", edits: []edit{ed(`"date": "2024-10-01"`, `"date": "2024-02-29"`), ed(`"date": "2024-06-14", "note"`, `"date": "2024-02-28", "note"`)}},
		{name: "enum.unknown/kind", edits: []edit{ed(`"kind": "action-plan",`, `"kind": "pact",`)}, want: []pathCode{pc("/kind", CodeEnumUnknown)}},
		{name: "enum.unknown/kind case", edits: []edit{ed(`"kind": "action-plan",`, `"kind": "Action-Plan",`)}, want: []pathCode{pc("/kind", CodeEnumUnknown)}},
		{name: "enum.unknown/status", edits: []edit{ed("\"status\": \"signed\",\n  \"history\"", "\"status\": \"ratified\",\n  \"history\"")}, want: []pathCode{pc("/status", CodeEnumUnknown)}},
		{name: "enum.unknown/history status", edits: []edit{ed(`{"status": "concluded",`, `{"status": "agreed",`)}, want: []pathCode{pc("/history/1/status", CodeEnumUnknown)}},
		{name: "enum.unknown/fiscalYearStart 2", edits: []edit{ed(`"fiscalYearStart": 10,`, `"fiscalYearStart": 2,`)}, want: []pathCode{pc(fiscalPath, CodeEnumUnknown)}},
		{name: "enum.unknown/fiscalYearStart 0", edits: []edit{ed(`"fiscalYearStart": 10,`, `"fiscalYearStart": 0,`)}, want: []pathCode{pc(fiscalPath, CodeEnumUnknown)}},
		{name: "enum.unknown/fiscalYearStart 13", edits: []edit{ed(`"fiscalYearStart": 10,`, `"fiscalYearStart": 13,`)}, want: []pathCode{pc(fiscalPath, CodeEnumUnknown)}},
		{name: "fiscalYearStart 1 is fine", edits: []edit{ed(`{"code": "MX", "name": "Mexico", "kind": "state"}`, `{"code": "MX", "name": "Mexico", "kind": "state", "fiscalYearStart": 1}`)}},
		{name: "enum.unknown/party kind", edits: []edit{ed(`{"code": "MX", "name": "Mexico", "kind": "state"}`, `{"code": "MX", "name": "Mexico", "kind": "country"}`)}, want: []pathCode{pc("/parties/1/kind", CodeEnumUnknown)}},
		{name: "enum.unknown/direction", edits: []edit{ed(`"direction": "increase"`, `"direction": "up"`)}, want: []pathCode{pc(indicatorPath+"/direction", CodeEnumUnknown)}},
		{name: "enum.unknown/unit", edits: []edit{ed(`"unit": "percent"`, `"unit": "%"`)}, want: []pathCode{pc(indicatorPath+"/unit", CodeEnumUnknown)}},
		{name: "enum.unknown/mechanism", edits: []edit{ed(`"mechanism": "review-session",`, `"mechanism": "review",`)}, want: []pathCode{pc("/commitments/0/implementation/mechanism", CodeEnumUnknown)}},
		{name: "enum.unknown/cadence", edits: []edit{ed(`"cadence": "quarterly",`, `"cadence": "monthly",`)}, want: []pathCode{pc("/commitments/0/implementation/cadence", CodeEnumUnknown)}},
		{name: "enum.unknown/milestone status", edits: []edit{ed(`"status": "in-progress",`, `"status": "started",`)}, want: []pathCode{pc("/milestones/1/status", CodeEnumUnknown)}},
		{name: "enum.unknown/engagement kind", edits: []edit{ed(`"kind": "meeting",`, `"kind": "dinner",`)}, want: []pathCode{pc("/engagements/0/kind", CodeEnumUnknown)}},
		{name: "enum.unknown/engagement status", edits: []edit{ed(`"status": "invited"}`, `"status": "planned"}`)}, want: []pathCode{pc("/engagements/1/status", CodeEnumUnknown)}},

		{
			name: "text.language-missing/bilingual document",
			raw:  bilingualDocument(`"title":{"en":"Customs pilot","es":"Customs pilot (es)"}`, `"title":"Customs pilot"`),
			want: []pathCode{pc("/milestones/1/title", CodeTextLanguageMissing)},
		},
		{
			name: "language.duplicate/bilingual document",
			raw:  bilingualDocument(`"languages":["en","es"]`, `"languages":["en","es","es"]`),
			want: []pathCode{pc("/languages/2", CodeLanguageDuplicate)},
		},

		// A malformed quarter, a bad party code and a bad focus-area key
		// are three problems, each at its pointer.
		{
			name: "three problems at once",
			edits: []edit{
				ed(`"start": "2025-Q1", "end"`, `"start": "2025-Q7", "end"`),
				ed(`{"code": "MX",`, `{"code": "mx",`),
				ed(`"key": "trade",`, `"key": "Trade",`),
			},
			want: []pathCode{
				pc("/term/start", CodeQuarterInvalid),
				pc("/parties/1/code", CodePartyCodeSyntax),
				pc("/focusAreas/0/key", CodeKeySyntax),
			},
		},
		{
			name: "decode and validate problems together",
			edits: []edit{
				ed(`"kind": "action-plan",`, `"kind": "action-plan", "colour": "red",`),
				ed(`"quarter": "2026-Q1",`, `"quarter": "2027-Q1",`),
				ed(`"date": "2024-10-01"`, `"date": "2024-10-32"`),
				ed(`"value": 15,`, `"value": -15,`),
			},
			want: []pathCode{
				pc("/colour", CodeJSONUnknownMember),
				pc("/milestones/2/quarter", CodeQuarterOutsideTerm),
				pc("/history/1/date", CodeDateInvalid),
				pc(indicatorPath+"/value", CodeNumberNegative),
			},
		},
	}
}

// suppressionParseCases check that a member whose value could not be read
// gets one problem: no "required" at its parent, nothing below it, and no
// "unknown" for references into its list.
func suppressionParseCases() []parseCase {
	return []parseCase{
		{name: "failed/id", edits: []edit{ed(`"id": "us-mexico-water-and-trade",`, `"id": ["a"],`)}, want: []pathCode{pc("/id", CodeJSONType)}},
		{name: "failed/title", edits: []edit{ed(`"title": "U.S.-Mexico Water and Trade Action Plan",`, `"title": 1,`)}, want: []pathCode{pc("/title", CodeJSONType)}},
		{name: "failed/status", edits: []edit{ed("\"status\": \"signed\",\n  \"history\"", "\"status\": \"Signed\",\n  \"history\"")}, want: []pathCode{pc("/status", CodeEnumUnknown)}},
		{
			name:  "failed/parties",
			edits: []edit{ed(`"parties": [`, `"parties": 2, "x": [`)},
			want:  []pathCode{pc("/parties", CodeJSONType), pc("/x", CodeJSONUnknownMember)},
		},
		{
			name:  "failed/party item",
			edits: []edit{ed(`{"code": "MX", "name": "Mexico", "kind": "state"}`, `"MX"`)},
			want:  []pathCode{pc("/parties/1", CodeJSONType)},
		},
		{
			name:  "failed/party code",
			edits: []edit{ed(`{"code": "MX",`, `{"code": 52,`)},
			want:  []pathCode{pc("/parties/1/code", CodeJSONType)},
		},
		{name: "failed/term", edits: []edit{ed(`"term": {"start": "2025-Q1", "end": "2026-Q4"},`, `"term": "2025-Q1/2026-Q4",`)}, want: []pathCode{pc("/term", CodeJSONType)}},
		{
			name:  "failed/term start",
			edits: []edit{ed(`"start": "2025-Q1", "end"`, `"start": "2025-Q9", "end"`)},
			// No quarter is reported outside a term that has no start.
			want: []pathCode{pc("/term/start", CodeQuarterInvalid)},
		},
		{
			name:  "failed/focusAreas",
			edits: []edit{ed(`"focusAreas": [`, `"focusAreas": {"trade": true}, "x": [`)},
			want:  []pathCode{pc("/focusAreas", CodeJSONType), pc("/x", CodeJSONUnknownMember)},
		},
		{
			name:  "failed/focus area item",
			edits: []edit{ed(`{"key": "water", "actions": ["Joint gauging of the Rio Grande"]},`, `"water",`)},
			want:  []pathCode{pc("/focusAreas/1", CodeJSONType)},
		},
		{
			name:  "failed/focus area key wrong type",
			edits: []edit{ed(`"key": "trade",`, `"key": 1,`)},
			// Not required at /focusAreas/0, and the references to trade
			// are not undeclared.
			want: []pathCode{pc("/focusAreas/0/key", CodeJSONType)},
		},
		{
			name:  "failed/focus area key empty",
			edits: []edit{ed(`"key": "water"`, `"key": ""`)},
			want:  []pathCode{pc("/focusAreas/1/key", CodeJSONEmptyString)},
		},
		{
			name:  "failed/indicator",
			edits: []edit{ed(`"indicator": {"metric": "Bilateral trade volume", "direction": "increase", "value": 15, "unit": "percent", "by": "2026-Q4"}`, `"indicator": "+15%"`)},
			want:  []pathCode{pc(indicatorPath, CodeJSONType)},
		},
		{
			name:  "failed/indicator metric",
			edits: []edit{ed(`"metric": "Bilateral trade volume"`, `"metric": ["Bilateral trade volume"]`)},
			want:  []pathCode{pc(indicatorPath+"/metric", CodeJSONType)},
		},
		{
			name:  "failed/indicator direction",
			edits: []edit{ed(`"direction": "increase"`, `"direction": "more"`)},
			want:  []pathCode{pc(indicatorPath+"/direction", CodeEnumUnknown)},
		},
		{
			name:  "failed/priority statements",
			edits: []edit{ed(`"statements": ["Lower tariffs"]`, `"statements": "Lower tariffs"`)},
			want:  []pathCode{pc("/focusAreas/0/priorities/0/statements", CodeJSONType)},
		},
		{
			name:  "failed/commitment item",
			edits: []edit{ed(`"commitments": [`, `"commitments": [7, `)},
			// milestones/0/commitment may name item 0: not unknown.
			want: []pathCode{pc("/commitments/0", CodeJSONType)},
		},
		{
			name:  "failed/commitment id",
			edits: []edit{ed(`"id": "trade-barriers",`, `"id": "",`)},
			want:  []pathCode{pc("/commitments/0/id", CodeJSONEmptyString)},
		},
		{
			name:  "failed/implementation",
			edits: []edit{ed(`"implementation": {`, `"implementation": [], "x": {`)},
			want:  []pathCode{pc("/commitments/0/implementation", CodeJSONType), pc("/commitments/0/x", CodeJSONUnknownMember)},
		},
		{
			name: "failed/implementation start",
			edits: []edit{ed(`"start": "2025-Q1",
        "end": "2026-Q2",`, `"start": "2025-Q0",
        "end": "2026-Q2",`)},
			want: []pathCode{pc("/commitments/0/implementation/start", CodeQuarterInvalid)},
		},
		{
			name:  "failed/implementation end before start",
			edits: []edit{ed(`"end": "2026-Q2",`, `"end": "2024 Q2",`)},
			want:  []pathCode{pc("/commitments/0/implementation/end", CodeQuarterCanonical)},
		},
		{
			name:  "failed/milestone item",
			edits: []edit{ed(`"milestones": [`, `"milestones": [true, `)},
			// milestones/2/dependsOn/0 may name item 0: not unknown.
			want: []pathCode{pc("/milestones/0", CodeJSONType)},
		},
		{
			name:  "failed/milestone id",
			edits: []edit{ed(`"id": "tariff-review",`, `"id": 1,`)},
			want:  []pathCode{pc("/milestones/0/id", CodeJSONType)},
		},
		{
			name:  "failed/milestone quarter",
			edits: []edit{ed(`"quarter": "2025-Q2",`, `"quarter": "2025-Q2x",`)},
			// Not required, and not compared with its dependents.
			want: []pathCode{pc("/milestones/0/quarter", CodeQuarterInvalid)},
		},
		{
			name:  "failed/milestone area",
			edits: []edit{ed(`"area": "water",`, `"area": {"key": "water"},`)},
			want:  []pathCode{pc("/milestones/2/area", CodeJSONType)},
		},
		{
			name:  "failed/dependsOn",
			edits: []edit{ed(`"dependsOn": ["customs-pilot"]`, `"dependsOn": "customs-pilot"`)},
			want:  []pathCode{pc("/milestones/2/dependsOn", CodeJSONType)},
		},
		{
			name:  "failed/history date",
			edits: []edit{ed(`"date": "2024-10-01"`, `"date": "2024-02-30"`)},
			// Not required, and not compared with the dates around it.
			want: []pathCode{pc("/history/1/date", CodeDateInvalid)},
		},
		{
			name:  "failed/history status",
			edits: []edit{ed(`{"status": "signed", "date": "2024-12-02"}`, `{"status": "in force", "date": "2024-12-02"}`)},
			// Neither the move nor the agreement's status is judged.
			want: []pathCode{pc("/history/2/status", CodeEnumUnknown)},
		},
		{
			name:  "failed/engagement host",
			edits: []edit{ed(`"host": "MX",`, `"host": ["MX"],`)},
			want:  []pathCode{pc("/engagements/1/host", CodeJSONType)},
		},
		{
			name:  "failed/languages",
			edits: []edit{ed("\"status\": \"signed\",\n  \"history\"", "\"status\": \"signed\", \"languages\": \"en\",\n  \"history\"")},
			want:  []pathCode{pc("/languages", CodeJSONType)},
		},
	}
}

// bilingualDocument returns bilingualAgreement as compact JSON, with the
// one occurrence of old replaced by new.
func bilingualDocument(old, new string) []byte {
	data, err := json.Marshal(bilingualAgreement())
	if err != nil {
		panic(err)
	}
	if n := strings.Count(string(data), old); n != 1 {
		panic(fmt.Sprintf("the bilingual document has %q %d times, want once", old, n))
	}
	return []byte(strings.Replace(string(data), old, new, 1))
}

func TestParseBilingualDocument(t *testing.T) {
	a, err := Parse(bilingualDocument(`"languages":["en","es"]`, `"languages":["en","es"]`))
	if err != nil {
		t.Fatalf("Parse(bilingual document): %v", err)
	}
	if diff := cmp.Diff(bilingualAgreement(), a); diff != "" {
		t.Errorf("Parse(bilingual document) mismatch (-want +got):\n%s", diff)
	}
}

// cascadeParseCases are values that fail to decode in ways that once made
// other rules report a second, spurious problem: only the decoding problem
// may remain.
func cascadeParseCases() []parseCase {
	return []parseCase{
		{
			name: "language of the wrong type",
			raw:  bilingualDocument(`"languages":["en","es"]`, `"languages":["en","es",7]`),
			want: []pathCode{pc("/languages/2", CodeJSONType)},
		},
		{
			name:  "met milestone with metIn of the wrong type",
			edits: []edit{ed(`"metIn": "2025-Q2"`, `"metIn": 2025`)},
			want:  []pathCode{pc("/milestones/0/metIn", CodeJSONType)},
		},
		{
			name:  "required title with a duplicate language",
			edits: []edit{ed(`"title": "U.S.-Mexico Water and Trade Action Plan",`, `"title": {"en": "a", "en": "b"},`)},
			want:  []pathCode{pc("/title/en", CodeJSONDuplicateMember)},
		},
		{
			name:  "list text with a duplicate language",
			edits: []edit{ed(`"actions": ["Review of tariffs",`, `"actions": [{"en": "a", "en": "b"},`)},
			want:  []pathCode{pc("/focusAreas/0/actions/0/en", CodeJSONDuplicateMember)},
		},
		{
			name:  "fiscalYearStart 2.5",
			edits: []edit{ed(`"fiscalYearStart": 10,`, `"fiscalYearStart": 2.5,`)},
			want:  []pathCode{pc(fiscalPath, CodeJSONNumber)},
		},
		{
			name:  "fiscalYearStart as a string",
			edits: []edit{ed(`"fiscalYearStart": 10,`, `"fiscalYearStart": "10",`)},
			want:  []pathCode{pc(fiscalPath, CodeJSONType)},
		},
		{
			name:  "fiscalYearStart as a bool",
			edits: []edit{ed(`"fiscalYearStart": 10,`, `"fiscalYearStart": true,`)},
			want:  []pathCode{pc(fiscalPath, CodeJSONType)},
		},
		{
			name:  "held engagement with an invalid date",
			edits: []edit{ed(`"date": "2024-06-14"}`, `"date": "2024-06-31"}`)},
			want:  []pathCode{pc("/engagements/0/date", CodeDateInvalid)},
		},
		{
			name:  "met milestone with an invalid metIn",
			edits: []edit{ed(`"metIn": "2025-Q2"`, `"metIn": "2025-Q5"`)},
			want:  []pathCode{pc("/milestones/0/metIn", CodeQuarterInvalid)},
		},
		{
			name:  "met milestone with an unknown status",
			edits: []edit{ed(`"status": "met",`, `"status": "done",`)},
			want:  []pathCode{pc("/milestones/0/status", CodeEnumUnknown)},
		},
	}
}
