package agreement_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/internal/race"
)

// FuzzParseShapes builds documents from the model's grammar rather than
// from bytes: it starts from a valid document and applies the mutations
// that its input spells (wrong types, repeated and unknown members, wide
// arrays, deep nesting, long strings, extreme numbers), then checks that
// Parse keeps its bounds on whatever comes out: no more problems than the
// limit and one, each short, and bytes allocated in proportion to the
// document.
func FuzzParseShapes(f *testing.F) {
	if race.Enabled {
		f.Skip("one goroutine over many inputs: the run without -race checks it")
	}
	for _, program := range [][]byte{
		{}, {0, 1, 2}, {2, 4, 200, 9}, {3, 1, 1, 150}, {1, 0, 3, 3, 2, 7},
		{4, 5, 6, 7, 8, 9, 10, 11}, {2, 2, 2, 2, 250, 250}, {6, 3, 0, 90},
	} {
		f.Add(program)
	}
	base := parseTree(f, readSeed(f))
	f.Fuzz(func(t *testing.T, program []byte) {
		doc := base.clone()
		c := &choices{data: program}
		for c.more() {
			mutate(doc, c)
		}
		var b bytes.Buffer
		doc.write(&b)
		data := b.Bytes()

		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		a, err := agreement.Parse(data)
		runtime.ReadMemStats(&after)

		// Valid documents of the model's densest shapes allocate about 8
		// bytes a byte; the rest is the fixed cost of a parse.
		if allocated := after.TotalAlloc - before.TotalAlloc; allocated > 16*uint64(len(data))+1<<20 {
			t.Errorf("Parse of %d bytes allocated %d bytes", len(data), allocated)
		}
		if err == nil {
			if a == nil {
				t.Fatal("Parse returned neither an agreement nor an error")
			}
			return
		}
		var ps bilateral.Problems
		if !errors.As(err, &ps) {
			t.Fatalf("%T is not Problems", err)
		}
		if len(ps) > agreement.DefaultMaxProblems+1 {
			t.Fatalf("%d problems", len(ps))
		}
		for i, p := range ps {
			if len(p.Path) > 1024 || len(p.Message) > 1024 {
				t.Fatalf("a problem with a path of %d bytes and a message of %d", len(p.Path), len(p.Message))
			}
			if p.Code == agreement.CodeProblemsTruncated && (i != len(ps)-1 || p.Path != "") {
				t.Fatalf("problems.truncated at %d of %d, at %q", i, len(ps), p.Path)
			}
		}
		// json.Unmarshal into an agreement is as strict as Parse, where
		// encoding/json's own checks of the text (such as its limit on
		// nesting) let the text through.
		var v agreement.Agreement
		var ups bilateral.Problems
		if uerr := json.Unmarshal(data, &v); uerr == nil || errors.As(uerr, &ups) && ups.Error() != ps.Error() {
			t.Fatalf("json.Unmarshal: %v; Parse: %v", uerr, err)
		}
	})
}

// choices reads the fuzzer's input as a sequence of choices.
type choices struct {
	data []byte
	i    int
	// grown is the weight that copies have added to the document: copies
	// of copies would otherwise grow it without bound, and the fuzzer
	// would spend its time writing documents of hundreds of megabytes.
	grown int
}

// maxGrowth is the most weight, about the bytes of JSON, that copies may
// add to a document.
const maxGrowth = 8 << 20

// copies returns how many of the times copies of n the document may still
// grow by, and counts them.
func (c *choices) copies(n *node, times int) int {
	w := n.weight()
	times = max(0, min(times, (maxGrowth-c.grown)/w))
	c.grown += times * w
	return times
}

func (c *choices) more() bool { return c.i < len(c.data) }

// next returns a choice from 0 to n-1, or 0 when the input is spent.
func (c *choices) next(n int) int {
	if c.i >= len(c.data) {
		return 0
	}
	b := int(c.data[c.i])
	c.i++
	return b % n
}

// A node is a JSON value that keeps its members in order and may have a
// member name more than once, unlike a Go map.
type node struct {
	kind  byte // '{', '[', '"', '0' (a number, literal in text), 't', 'f', 'n'
	names []string
	kids  []*node
	text  string // a string's content, or a number's literal
}

func parseTree(tb testing.TB, data []byte) *node {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var read func() *node
	read = func() *node {
		tok, err := dec.Token()
		if err != nil {
			tb.Fatal(err)
		}
		switch tok := tok.(type) {
		case json.Delim:
			n := &node{kind: byte(tok)}
			for dec.More() {
				if n.kind == '{' {
					name, _ := dec.Token()
					n.names = append(n.names, name.(string))
				}
				n.kids = append(n.kids, read())
			}
			dec.Token() // the closing bracket
			return n
		case string:
			return &node{kind: '"', text: tok}
		case json.Number:
			return &node{kind: '0', text: tok.String()}
		case bool:
			if tok {
				return &node{kind: 't'}
			}
			return &node{kind: 'f'}
		}
		return &node{kind: 'n'}
	}
	return read()
}

// weight returns about how many bytes of JSON n is, and at least 1.
func (n *node) weight() int {
	w := 2 + len(n.text)
	for i, k := range n.kids {
		w += 1 + k.weight()
		if i < len(n.names) {
			w += 3 + len(n.names[i])
		}
	}
	return w
}

func (n *node) clone() *node {
	c := *n
	c.names = append([]string(nil), n.names...)
	c.kids = make([]*node, len(n.kids))
	for i, k := range n.kids {
		c.kids[i] = k.clone()
	}
	return &c
}

func (n *node) write(w io.Writer) {
	switch n.kind {
	case '{', '[':
		io.WriteString(w, string(n.kind))
		for i, k := range n.kids {
			if i > 0 {
				io.WriteString(w, ",")
			}
			if n.kind == '{' {
				writeString(w, n.names[i])
				io.WriteString(w, ":")
			}
			k.write(w)
		}
		io.WriteString(w, string(n.kind+2)) // '{'+2 is '}', '['+2 is ']'
	case '"':
		writeString(w, n.text)
	case '0':
		io.WriteString(w, n.text)
	case 't':
		io.WriteString(w, "true")
	case 'f':
		io.WriteString(w, "false")
	default:
		io.WriteString(w, "null")
	}
}

// writeString writes s as a JSON string; a string that starts with a
// backslash is written as it is, so that a mutation can write escapes of
// its own.
func writeString(w io.Writer, s string) {
	if strings.HasPrefix(s, `\`) {
		io.WriteString(w, `"`+s+`"`)
		return
	}
	b, _ := json.Marshal(s)
	w.Write(b)
}

// pick walks from n to a node that the choices name: a container's child,
// or the container itself.
func pick(n *node, c *choices) *node {
	for len(n.kids) > 0 && c.next(4) != 0 {
		n = n.kids[c.next(len(n.kids))]
	}
	return n
}

var (
	scalars = []*node{
		{kind: '"', text: "x"}, {kind: '"', text: ""}, {kind: '0', text: "1"}, {kind: '0', text: "-1e-400"},
		{kind: '0', text: "1e999"}, {kind: '0', text: "0.0e-7"}, {kind: 't'}, {kind: 'n'},
		{kind: '"', text: `\ud800`}, {kind: '"', text: `\u00e9\n`}, {kind: '"', text: "2024-Q3"}, {kind: '"', text: "Q3 2024"},
	}
	memberNames = []string{"titel", "Title", "x", "", "id", "key", "quarter", "en", "a/b~c", strings.Repeat("n", 5000)}
)

// mutate changes a node of doc as the choices say.
func mutate(doc *node, c *choices) {
	n := pick(doc, c)
	switch c.next(10) {
	case 0: // a value of another type
		*n = *scalars[c.next(len(scalars))].clone()
	case 1: // an empty object or array
		*n = node{kind: "{["[c.next(2)]}
	case 2: // many copies of an item, or of a member
		if len(n.kids) > 0 {
			k := c.next(len(n.kids))
			times := c.copies(n.kids[k], 1+c.next(64)*c.next(64))
			for range times {
				n.kids = append(n.kids, n.kids[k].clone())
				if n.kind == '{' {
					n.names = append(n.names, n.names[k])
				}
			}
		}
	case 3: // nested deep
		depth := 1 + c.next(200)
		for range depth {
			inner := *n
			*n = node{kind: '[', kids: []*node{&inner}}
		}
	case 4: // an unknown, repeated or misspelt member
		if n.kind == '{' {
			n.names = append(n.names, memberNames[c.next(len(memberNames))])
			n.kids = append(n.kids, scalars[c.next(len(scalars))].clone())
		}
	case 5: // a member or item left out
		if len(n.kids) > 0 {
			k := c.next(len(n.kids))
			n.kids = append(n.kids[:k], n.kids[k+1:]...)
			if n.kind == '{' {
				n.names = append(n.names[:k], n.names[k+1:]...)
			}
		}
	case 6: // a long string
		*n = node{kind: '"', text: strings.Repeat("é", 1+c.next(256)*c.next(256))}
	case 7: // a text in many languages
		obj := node{kind: '{'}
		for i := range 1 + c.next(64)*c.next(16) {
			obj.names = append(obj.names, "en-x"+strconv.Itoa(1000+i))
			obj.kids = append(obj.kids, &node{kind: '"', text: "t"})
		}
		*n = obj
	case 8: // many languages declared
		if n == doc {
			langs := node{kind: '['}
			for i := range 1 + c.next(256)*c.next(8) {
				langs.kids = append(langs.kids, &node{kind: '"', text: "en-x" + strconv.Itoa(1000+i)})
			}
			n.names = append(n.names, "languages")
			n.kids = append(n.kids, &langs)
		}
	case 9: // the same member twice
		if n.kind == '{' && len(n.kids) > 0 {
			k := c.next(len(n.kids))
			if c.copies(n.kids[k], 1) == 0 {
				return
			}
			n.names = append(n.names, n.names[k])
			n.kids = append(n.kids, n.kids[k].clone())
		}
	}
}
