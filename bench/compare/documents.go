package compare

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
)

// SeedFile is the example agreement of the repository, relative to this
// module's directory: the document that the generated ones extend.
const SeedFile = "../../agreement/testdata/valid/usmexico.json"

// ReadSeed reads [SeedFile]. It is relative to the module's directory, in
// which go test runs the package's tests.
func ReadSeed() ([]byte, error) { return os.ReadFile(SeedFile) }

// An Order is the order in which a generated document lists its
// milestones.
type Order int

const (
	// Random lists the milestones shuffled, the same way for the same
	// number of milestones.
	Random Order = iota
	// ByQuarter lists them by quarter, as documents usually do; within a
	// quarter in the order they were generated, not by id.
	ByQuarter
)

// String returns the name of the order in benchmark names: "random" or
// "ordered".
func (o Order) String() string {
	if o == ByQuarter {
		return "ordered"
	}
	return "random"
}

// TermQuarters is the length in quarters of the term of a generated
// document: a century from the seed's start. Its milestones are spread
// evenly over it, so 100,000 milestones are 250 a quarter.
const TermQuarters = 400

// A Document is a document to measure.
type Document struct {
	// Name names the document in benchmark names: "seed", or the number
	// of generated milestones and the order, like "10k-random".
	Name string
	// Milestones is the number of generated milestones; 0 for the seed.
	Milestones int
	// Order is the order of the milestones of a generated document.
	Order Order
	// Data is the document.
	Data []byte
}

// SizeName returns the name of a number of milestones in benchmark names:
// "1k" for 1000, "100k" for 100000, the number itself otherwise.
func SizeName(n int) string {
	if n >= 1000 && n%1000 == 0 {
		return strconv.Itoa(n/1000) + "k"
	}
	return strconv.Itoa(n)
}

// Documents returns the seed, then for each n the seed with n generated
// milestones in random order and in quarter order.
func Documents(seed []byte, sizes ...int) ([]Document, error) {
	docs := []Document{{Name: "seed", Data: seed}}
	for _, n := range sizes {
		for _, o := range []Order{Random, ByQuarter} {
			data, err := Generate(seed, n, o)
			if err != nil {
				return nil, err
			}
			docs = append(docs, Document{Name: SizeName(n) + "-" + o.String(), Milestones: n, Order: o, Data: data})
		}
	}
	return docs, nil
}

// seedInfo is what the generator reads of the seed besides its members.
type seedInfo struct {
	Term struct {
		Start string `json:"start"`
	} `json:"term"`
	FocusAreas []struct {
		Key string `json:"key"`
	} `json:"focusAreas"`
	Commitments []struct {
		ID   string `json:"id"`
		Area string `json:"area"`
	} `json:"commitments"`
	Milestones []struct {
		ID      string `json:"id"`
		Quarter string `json:"quarter"`
		Area    string `json:"area"`
	} `json:"milestones"`
}

// genMilestone is a generated milestone in its JSON form, written with
// encoding/json so that the documents do not depend on how the library
// marshals.
type genMilestone struct {
	ID              string   `json:"id"`
	Quarter         string   `json:"quarter"`
	OriginalQuarter string   `json:"originalQuarter,omitempty"`
	Area            string   `json:"area"`
	Title           string   `json:"title"`
	ExpectedResults []string `json:"expectedResults,omitempty"`
	Commitment      string   `json:"commitment,omitempty"`
	Status          string   `json:"status,omitempty"`
	MetIn           string   `json:"metIn,omitempty"`
	DependsOn       []string `json:"dependsOn,omitempty"`
}

// listed is a milestone of the output: its JSON text and its quarter.
type listed struct {
	quarter quarter
	json    []byte
}

// Generate returns the seed with n more milestones, valid ones: the term
// runs [TermQuarters] quarters from the seed's start, and the milestones
// are spread over it in the seed's focus areas, each with a title and one
// to three expected results, most delivering a commitment of their area.
// Each depends on the one before it in its area (the first on the seed's
// milestone of the area, if any), one in five also on a milestone of
// another area. Those due before the middle of the term are mostly met,
// some late, some partially or not met; those after it mostly scheduled,
// some in progress, deferred or cancelled; one in seven was rescheduled.
//
// The document keeps the seed's members, order and indentation. The same
// seed, n and order give the same bytes.
func Generate(seed []byte, n int, order Order) ([]byte, error) {
	members, err := objectMembers(seed)
	if err != nil {
		return nil, err
	}
	var info seedInfo
	if err := json.Unmarshal(seed, &info); err != nil {
		return nil, err
	}
	start, err := parseQuarter(info.Term.Start)
	if err != nil {
		return nil, fmt.Errorf("the seed's term: %w", err)
	}
	if len(info.FocusAreas) == 0 {
		return nil, errors.New("the seed has no focus areas")
	}
	end := start + TermQuarters - 1
	var raw struct {
		Milestones []json.RawMessage `json:"milestones"`
	}
	if err := json.Unmarshal(seed, &raw); err != nil {
		return nil, err
	}
	var list []listed
	for i, m := range raw.Milestones {
		q, err := parseQuarter(info.Milestones[i].Quarter)
		if err != nil {
			return nil, fmt.Errorf("the seed's milestone %d: %w", i, err)
		}
		list = append(list, listed{q, indent(m, 2)})
	}
	for _, m := range generate(&info, start, n) {
		q, _ := parseQuarter(m.Quarter)
		data, err := json.MarshalIndent(m, strings.Repeat("  ", 2), "  ")
		if err != nil {
			return nil, err
		}
		list = append(list, listed{q, data})
	}
	switch order {
	case ByQuarter:
		slices.SortStableFunc(list, func(a, b listed) int { return cmp.Compare(a.quarter, b.quarter) })
	default:
		r := rand.New(rand.NewPCG(0x5eed, uint64(n)))
		r.Shuffle(len(list), func(i, j int) { list[i], list[j] = list[j], list[i] })
	}

	var b bytes.Buffer
	b.Grow(len(seed) + 400*n)
	b.WriteString("{\n")
	wrote := false
	write := func(name string, value []byte) {
		if wrote {
			b.WriteString(",\n")
		}
		wrote = true
		b.WriteString("  ")
		b.WriteString(strconv.Quote(name))
		b.WriteString(": ")
		b.Write(value)
	}
	milestones := func() {
		if wrote {
			b.WriteString(",\n")
		}
		wrote = true
		b.WriteString(`  "milestones": [`)
		for i, m := range list {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString("\n    ")
			b.Write(m.json)
		}
		b.WriteString("\n  ]")
	}
	hasMilestones := false
	for _, m := range members {
		switch m.name {
		case "term":
			write("term", []byte(`{
    "start": "`+start.String()+`",
    "end": "`+end.String()+`"
  }`))
		case "milestones":
			hasMilestones = true
			milestones()
		default:
			write(m.name, indent(m.value, 1))
		}
	}
	if !hasMilestones {
		milestones()
	}
	b.WriteString("\n}\n")
	return b.Bytes(), nil
}

// member is a member of a JSON object, in the order of the text.
type member struct {
	name  string
	value json.RawMessage
}

// objectMembers returns the members of the JSON object in data, in order.
func objectMembers(data []byte) ([]member, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, errors.New("the seed is not a JSON object")
	}
	var ms []member
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		ms = append(ms, member{tok.(string), v})
	}
	return ms, nil
}

// indent returns the JSON value v indented as a value at the given depth of
// a document indented by two spaces.
func indent(v []byte, depth int) []byte {
	var b bytes.Buffer
	if err := json.Indent(&b, v, strings.Repeat("  ", depth), "  "); err != nil {
		return v // v came from a decoder: it is valid JSON
	}
	return b.Bytes()
}

// generate returns n milestones for the seed described by info, due from
// start on (see [Generate]).
func generate(info *seedInfo, start quarter, n int) []genMilestone {
	r := rand.New(rand.NewPCG(0xb11a7e4a1, uint64(n)))
	areas := make([]string, len(info.FocusAreas))
	for i, a := range info.FocusAreas {
		areas[i] = a.Key
	}
	commitments := map[string][]string{}
	for _, c := range info.Commitments {
		commitments[c.Area] = append(commitments[c.Area], c.ID)
	}
	// last[area] is the latest milestone of the area, which the next one
	// depends on if it is due no later.
	type latest struct {
		id      string
		quarter quarter
	}
	last := map[string]latest{}
	for _, m := range info.Milestones {
		q, err := parseQuarter(m.Quarter)
		if _, ok := last[m.Area]; !ok && err == nil {
			last[m.Area] = latest{m.ID, q}
		}
	}
	middle := start + TermQuarters/2
	ms := make([]genMilestone, n)
	for i := range ms {
		m := &ms[i]
		area := areas[i%len(areas)]
		v := vocabularyOf(area)
		topic := v.topics[r.IntN(len(v.topics))]
		q := start + quarter(i*TermQuarters/n)
		m.ID = slug(topic) + "-" + strconv.Itoa(i+1)
		m.Quarter = q.String()
		m.Area = area
		m.Title = topic + ", stage " + strconv.Itoa(i/len(areas)+1)
		for _, k := range r.Perm(len(v.results))[:1+r.IntN(min(3, len(v.results)))] {
			m.ExpectedResults = append(m.ExpectedResults, v.results[k])
		}
		if cs := commitments[area]; len(cs) > 0 && r.IntN(4) != 0 {
			m.Commitment = cs[r.IntN(len(cs))]
		}
		if dep, ok := last[area]; ok && dep.quarter <= q {
			m.DependsOn = append(m.DependsOn, dep.id)
		}
		// Milestones are generated in quarter order, so any earlier one
		// is due no later than this one.
		if i >= len(areas) && i%5 == 0 {
			m.DependsOn = append(m.DependsOn, ms[i-1-r.IntN(len(areas)-1)].ID)
		}
		last[area] = latest{m.ID, q}
		if i%7 == 3 && q > start {
			m.OriginalQuarter = (q - 1).String()
		}
		k := r.IntN(20)
		if q < middle {
			switch {
			case k < 11:
				m.Status, m.MetIn = "met", m.Quarter
			case k < 13:
				m.Status, m.MetIn = "met", (q + quarter(1+r.IntN(3))).String() // late
			case k < 15:
				m.Status, m.MetIn = "partially-met", m.Quarter
			case k < 17:
				m.Status = "not-met"
			case k < 18:
				m.Status = "in-progress" // overdue
			}
		} else {
			switch {
			case k < 2:
				m.Status = "in-progress"
			case k < 3:
				m.Status = "deferred"
			case k < 4:
				m.Status = "cancelled"
			}
		}
	}
	return ms
}

// slug returns the words of s in lower case joined by hyphens, as in an
// id.
func slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(c)
		} else {
			hyphen = true
		}
	}
	return b.String()
}

// A quarter counts quarters from year 0: 4*year + quarter - 1.
type quarter int

func parseQuarter(s string) (quarter, error) {
	year, q, ok := strings.Cut(s, "-Q")
	y, err1 := strconv.Atoi(year)
	n, err2 := strconv.Atoi(q)
	if !ok || err1 != nil || err2 != nil || len(year) != 4 || n < 1 || n > 4 {
		return 0, fmt.Errorf("%q is not a quarter", s)
	}
	return quarter(4*y + n - 1), nil
}

func (q quarter) String() string { return fmt.Sprintf("%04d-Q%d", q/4, q%4+1) }
