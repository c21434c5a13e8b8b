package strictjson

import (
	"bytes"

	"github.com/bilateral-go/bilateral/internal/bounded"
	"github.com/bilateral-go/bilateral/internal/jsontext"
)

// skipFrame is an object or array that skipValue is inside.
type skipFrame struct {
	object bool
	n      int // index of the current element
	// names[namesStart:] are the member names seen so far in this object;
	// past smallObject members they move to set.
	namesStart int
	set        map[string]struct{}
}

type memberName struct {
	raw     []byte // quoted, as in the document
	escaped bool
}

// smallObject is the number of members up to which duplicate names are
// found by comparing each with the others; larger objects use a map.
const smallObject = 32

// skipValue moves d.i past the value at d.i, checking its syntax and
// reporting duplicate member names in its objects. It keeps its own stack,
// so deeply nested input cannot exhaust the goroutine stack.
func (d *decoder) skipValue() {
	base, frames := len(d.path), len(d.stack)
	defer func() {
		d.path = d.path[:base]
		d.stack = d.stack[:frames]
	}()
	for !d.stopped {
		// A value starts at d.i.
		d.skipSpace()
		if d.i >= len(d.data) {
			d.syntaxError("unexpected end of the document")
			return
		}
		switch c := d.data[d.i]; {
		case c == '{' || c == '[':
			if d.maxDepth > 0 && d.depth+len(d.stack)-frames >= d.maxDepth {
				d.tooDeep()
				return
			}
			d.i++
			d.skipSpace()
			if d.i < len(d.data) && (d.data[d.i] == '}' || d.data[d.i] == ']') && d.data[d.i] == c+2 {
				d.i++ // empty: '{'+2 is '}', '['+2 is ']'
				break
			}
			d.stack = append(d.stack, skipFrame{object: c == '{', namesStart: len(d.names)})
			if c == '{' {
				d.skipMemberName()
			} else if d.elementStarts() {
				d.pushIndex(0)
			}
			continue
		case c == '"':
			end, _, err := jsontext.ScanString(d.data, d.i)
			d.i = end
			if err != nil {
				d.syntaxError(err.Error())
				return
			}
		case c == 't':
			d.mustLiteral("true")
		case c == 'f':
			d.mustLiteral("false")
		case c == 'n':
			d.mustLiteral("null")
		default:
			d.scanNumber()
		}
		// A value ended: close what ends with it.
		for !d.stopped {
			if len(d.stack) == frames {
				return
			}
			top := &d.stack[len(d.stack)-1]
			d.pop() // the member or item that ended
			more := d.afterElement(top.object)
			if d.stopped {
				return
			}
			if more {
				if top.object {
					d.skipMemberName()
				} else if top.n++; d.elementStarts() {
					d.pushIndex(top.n)
				}
				break
			}
			d.names = d.names[:top.namesStart]
			d.stack = d.stack[:len(d.stack)-1]
		}
	}
}

func (d *decoder) mustLiteral(lit string) {
	if !d.literal(lit) {
		d.syntaxError("unexpected character")
	}
}

// skipMemberName reads a member name and the ':' after it inside a skipped
// object, pushes the name onto the path, and reports it if it is a
// duplicate.
func (d *decoder) skipMemberName() {
	name, ok := d.readMemberName()
	if !ok {
		return
	}
	d.pushMember(name)
	if d.colon() && d.isDuplicate(&d.stack[len(d.stack)-1], name) {
		d.report(CodeDuplicateMember, "member "+name.quote()+" appears twice; give it once")
	}
}

// isDuplicate records name in frame f and reports whether f had it already.
func (d *decoder) isDuplicate(f *skipFrame, name memberName) bool {
	if f.set != nil {
		key := name.text()
		_, dup := f.set[key]
		f.set[key] = struct{}{}
		return dup
	}
	seen := d.names[f.namesStart:]
	for _, o := range seen {
		if o.equal(name) {
			return true
		}
	}
	if len(seen) < smallObject {
		d.names = append(d.names, name)
		return false
	}
	f.set = make(map[string]struct{}, 2*smallObject)
	for _, o := range seen {
		f.set[o.text()] = struct{}{}
	}
	f.set[name.text()] = struct{}{}
	d.names = d.names[:f.namesStart]
	return false
}

func (n memberName) text() string {
	if n.escaped {
		return jsontext.Unescape(n.raw)
	}
	return string(n.raw[1 : len(n.raw)-1])
}

// quote returns the name quoted for a message, within the bounds of
// bounded.Quote; a long name is shown as written, escapes and all, so that
// it is not unescaped whole for a few bytes of it.
func (n memberName) quote() string {
	if len(n.raw) <= 4*bounded.MaxQuote {
		return bounded.Quote(n.text())
	}
	return bounded.QuoteBytes(n.raw[1 : len(n.raw)-1])
}

func (n memberName) equal(o memberName) bool {
	if !n.escaped && !o.escaped {
		return bytes.Equal(n.raw, o.raw)
	}
	return n.text() == o.text()
}
