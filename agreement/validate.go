package agreement

import (
	"strings"
	"sync"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/internal/bounded"
	"github.com/bilateral-go/bilateral/internal/idindex"
	"github.com/bilateral-go/bilateral/milestone"
)

// Validate checks a against every rule of the document model and returns
// nil, or a [bilateral.Problems] that holds every problem found, each at the
// JSON Pointer of the place that breaks the rule. [Codes] lists the rules.
//
// Validate does not change a. It takes time linear in the size of a and,
// once warm, allocates nothing for a valid agreement. It is safe to call
// from several goroutines at once on the same agreement.
func (a *Agreement) Validate() error {
	if a == nil {
		return bilateral.Problems{{Code: CodeRequired, Message: "there is no agreement (nil)"}}
	}
	var v validator
	v.init(a, nil)
	v.agreement()
	v.release()
	return v.problems.Err()
}

// A validator collects the problems of one agreement.
type validator struct {
	a        *Agreement
	problems bilateral.Problems
	s        *scratch
	// failed are the paths at which Parse could not decode a value. The
	// rules are not checked at or below them, since the zero value there is
	// not what the document said.
	failed []string
	// failedSet holds the same paths, for look-up in time independent of
	// how many values failed.
	failedSet map[string]struct{}
	// zeroObjects are the paths at which the document gave an object that
	// decoded to a zero struct, such as "term": {}; its members, not the
	// object, are then missing.
	zeroObjects map[string]struct{}
	// lacking are the paths of the required members of number type that
	// Parse found missing, which their zero value cannot tell.
	lacking map[string]struct{}
	// incomplete records the lists in which some item has no well-formed
	// id, key or code (or Parse could not read one), so that a reference
	// into the list is not reported as unknown: it may name that item, and
	// the item's own problem is reported already.
	incomplete struct{ areas, parties, commitments, milestones bool }
	// languages are the declared languages when there are more than one,
	// which every text must then have. When one of them is ill-formed, the
	// texts are not checked against the list.
	languages []bilateral.LanguageTag
	// namedLanguages lists the declared languages for messages; see
	// languageNames.
	namedLanguages string
	parties        [2]bilateral.PartyCode
	// decoded is set when Parse read the agreement, whose strings are
	// then valid UTF-8.
	decoded bool
	// max, when above 0, is the most problems to report: past it,
	// validation stops.
	max int
	// open are the objects and arrays that Parse stopped reading in, at
	// its limit on problems: what they lack may be in the part not read,
	// so nothing is reported at them.
	open map[string]struct{}
}

// init prepares v to validate a; failed are the paths at which Parse could
// not decode a value.
func (v *validator) init(a *Agreement, failed []string) {
	v.a, v.s, v.failed = a, getScratch(), failed
	v.failedSet = pathSet(failed)
	// Each list is checked before anything refers into it, and the check
	// of an ill-formed id, key or code also marks its list incomplete.
	v.incomplete.areas = len(a.FocusAreas) == 0 || v.listIncomplete("focusAreas", "key")
	v.incomplete.parties = len(a.Parties) != 2 || v.listIncomplete("parties", "code")
	v.incomplete.commitments = v.listIncomplete("commitments", "id")
	v.incomplete.milestones = v.listIncomplete("milestones", "id")
}

// given records the paths at which Parse decoded an object to a zero
// struct.
func (v *validator) given(zeroObjects []string) { v.zeroObjects = pathSet(zeroObjects) }

// lacks records the paths of the required numbers that Parse found
// missing.
func (v *validator) lacks(missing []string) { v.lacking = pathSet(missing) }

// pathSet is the set of paths, nil when there are none: a document built in
// Go, and most parsed ones, then cost nothing.
func pathSet(paths []string) map[string]struct{} {
	if len(paths) == 0 {
		return nil
	}
	set := make(map[string]struct{}, len(paths))
	for _, p := range paths {
		set[p] = struct{}{}
	}
	return set
}

// numberMissing reports whether Parse found the required number member
// name of parent missing. An agreement built in Go has every number: 0 is
// a value.
func (v *validator) numberMissing(parent *at, name string) bool {
	if len(v.lacking) == 0 {
		return false
	}
	m := member(parent, name)
	_, missing := v.lacking[m.pointer()]
	return missing
}

// absent reports whether the member name of parent, whose value is the zero
// struct, was missing from the document rather than given as an object
// whose members are missing or could not be read.
func (v *validator) absent(parent *at, name string) bool {
	if v.memberFailed(parent, name) {
		return false
	}
	if len(v.zeroObjects) == 0 {
		return true
	}
	m := member(parent, name)
	_, given := v.zeroObjects[m.pointer()]
	return !given
}

// stoppedAt records that Parse stopped reading inside the objects and
// arrays at the paths open. Every list may then lack items, so no
// reference is reported unknown.
func (v *validator) stoppedAt(open []string) {
	v.open = pathSet(open)
	v.incomplete.areas, v.incomplete.parties, v.incomplete.commitments, v.incomplete.milestones = true, true, true, true
}

// full reports whether v has found as many problems as it may report.
func (v *validator) full() bool { return v.max > 0 && len(v.problems) >= v.max }

// listIncomplete reports whether decoding failed at the list /name, at one
// of its items, or at the member of an item that identifies it.
func (v *validator) listIncomplete(name, member string) bool {
	prefix := "/" + name
	for _, f := range v.failed {
		rest, ok := strings.CutPrefix(f, prefix)
		if !ok || (rest != "" && rest[0] != '/') {
			continue
		}
		i := strings.IndexByte(rest[min(len(rest), 1):], '/')
		if rest == "" || i < 0 || rest[i+2:] == member {
			return true
		}
	}
	return false
}

// at is a place in the document, built on the stack as the validator walks
// down, and turned into a JSON Pointer only when there is a problem to
// report. The document root is the nil *at.
type at struct {
	parent *at
	name   string // the member name, when index is -1
	index  int    // the array index, or -1 for a member
}

func member(parent *at, name string) at { return at{parent: parent, name: name, index: -1} }
func item(parent *at, i int) at         { return at{parent: parent, index: i} }

// pointer returns the JSON Pointer of p, cut at bounded.MaxPointer bytes:
// a member name, such as a language tag, may be long.
func (p *at) pointer() string {
	var b bounded.Pointer
	p.build(&b)
	return b.String()
}

func (p *at) build(b *bounded.Pointer) {
	if p == nil {
		return
	}
	p.parent.build(b)
	if p.index < 0 {
		b.Token(p.name)
	} else {
		b.Index(p.index)
	}
}

// report records a problem at p, unless decoding failed at or above p, or
// stopped inside p, or v is full.
func (v *validator) report(p *at, code, message string) {
	if v.full() {
		return
	}
	path := p.pointer()
	if v.decodeFailed(path) {
		return
	}
	if _, open := v.open[path]; open {
		return
	}
	v.problems = append(v.problems, bilateral.Problem{Path: path, Code: code, Message: message})
}

// required reports that parent lacks the member name, which is what.
func (v *validator) required(parent *at, name, what string) {
	v.missing(parent, name, CodeRequired, `missing "`+name+`": `+what)
}

// missing reports at parent that it lacks the member name, unless Parse
// could not decode that member: then the member was there, and its own
// problem is reported already.
func (v *validator) missing(parent *at, name, code, message string) {
	if v.memberFailed(parent, name) {
		return
	}
	v.report(parent, code, message)
}

// memberFailed reports whether Parse could not decode the member name of
// parent.
func (v *validator) memberFailed(parent *at, name string) bool {
	if len(v.failedSet) == 0 {
		return false
	}
	m := member(parent, name)
	return v.decodeFailed(m.pointer())
}

// decodeFailed reports whether Parse could not decode the value at path or
// at one of the values that hold it. It looks up each of the path's
// prefixes, so it costs the same however many values failed.
func (v *validator) decodeFailed(path string) bool {
	if len(v.failedSet) == 0 {
		return false
	}
	for i := 0; i <= len(path); i++ {
		if i == len(path) || path[i] == '/' {
			if _, ok := v.failedSet[path[:i]]; ok {
				return true
			}
		}
	}
	return false
}

// scratch is the working memory of a validation, kept in a pool so that a
// warm Validate does not allocate.
type scratch struct {
	areas       map[focusarea.Key]int32
	commitments map[bilateral.ID]int32
	engagements map[bilateral.ID]int32
	// milestones finds the first milestone with an id: the lists that
	// grow longest are the milestones, and this index stays smaller than
	// a map, and is cleared in time proportional to the list it indexes.
	milestones idindex.Index
	// For the milestones: the first index of each one's id, the resolved
	// dependencies, where each one's dependencies start among them, and
	// the state of the search for cycles.
	first []int32
	deps  []int32
	start []int32
	color []uint8
	depth []int32
	stack []dfsFrame
	// languages are the declared languages, sorted, each once.
	languages []bilateral.LanguageTag
}

// milestoneID returns the id of m, which the index of milestones reads.
func milestoneID(m *milestone.Milestone) string { return string(m.ID) }

// maxPooledItems is the number of entries past which a scratch map is not
// kept for the next validation, and maxPooledSlice the capacity past which
// the scratch slices are not.
const (
	maxPooledItems = 1 << 14
	maxPooledSlice = 1 << 20
)

var scratchPool = sync.Pool{New: func() any {
	return &scratch{
		areas:       make(map[focusarea.Key]int32),
		commitments: make(map[bilateral.ID]int32),
		engagements: make(map[bilateral.ID]int32),
	}
}}

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// release empties the scratch of v and puts it back in the pool. A map that
// grew past maxPooledItems is replaced rather than cleared, since clearing
// costs time in proportion to the capacity a map once reached, which every
// later validation would pay.
func (v *validator) release() {
	s := v.s
	v.s = nil
	clear(s.areas)
	for _, m := range [...]*map[bilateral.ID]int32{&s.commitments, &s.engagements} {
		if len(*m) > maxPooledItems {
			*m = make(map[bilateral.ID]int32)
		} else {
			clear(*m)
		}
	}
	if s.milestones.Slots() > maxPooledSlice {
		s.milestones = idindex.Index{}
	}
	if cap(s.color) > maxPooledSlice {
		s.first, s.deps, s.start, s.color, s.depth, s.stack = nil, nil, nil, nil, nil, nil
	}
	if cap(s.languages) > maxPooledSlice {
		s.languages = nil
	}
	scratchPool.Put(s)
}
