package strictjson

import (
	"github.com/bilateral-go/bilateral/internal/bounded"
	"github.com/bilateral-go/bilateral/internal/jsontext"
)

// skipFrame is an object or array that skipValue is inside.
type skipFrame struct {
	object bool
	n      int // index of the current element
	// names[namesStart:] are the member names of this object, until it has
	// more than smallObject; then they are in set.
	namesStart int
	set        *nameSet
}

type memberName struct {
	raw     []byte // quoted, as in the document
	at      int    // the index of raw in the document
	escaped bool
}

// skipValue moves d.i past the value at d.i, checking its syntax and
// reporting duplicate member names in its objects. It keeps its own stack,
// so deeply nested input cannot exhaust the goroutine stack.
func (d *decoder) skipValue() {
	base, frames, names, arena := len(d.path), len(d.stack), len(d.names), len(d.arena)
	defer func() {
		d.path, d.stack, d.names, d.arena = d.path[:base], d.stack[:frames], d.names[:names], d.arena[:arena]
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
	if d.colon() && d.addName(&d.stack[len(d.stack)-1], d.refOf(name)) {
		d.report(CodeDuplicateMember, "member "+name.quote()+" appears twice; give it once")
	}
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

func (n memberName) text() string {
	if n.escaped {
		return jsontext.Unescape(n.raw)
	}
	return string(n.raw[1 : len(n.raw)-1])
}
