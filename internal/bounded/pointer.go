package bounded

import "strconv"

// MaxPointer is the greatest length of a JSON Pointer in a problem, in
// bytes. A longer one is cut at the end of a reference token and ends in
// "/…", so that it still names the place as far as it goes.
const MaxPointer = 1024

// cutMark ends a pointer that was cut.
const cutMark = "/" + Ellipsis

// A Pointer builds an RFC 6901 JSON Pointer of at most MaxPointer bytes,
// one reference token at a time. Tokens that would take it past the bound
// are left out, and it ends in "/…" instead. The zero Pointer is the empty
// pointer, the whole document.
type Pointer struct {
	b   []byte
	cut bool
}

// Token appends a reference token, escaping "~" and "/" as RFC 6901 says.
func (p *Pointer) Token(t string) {
	if p.cut {
		return
	}
	if n := escapedLen(t); n < 0 || len(p.b)+1+n > MaxPointer-len(cutMark) {
		p.Cut()
		return
	}
	p.b = AppendToken(p.b, t)
}

// Index appends an array index.
func (p *Pointer) Index(i int) {
	if p.cut {
		return
	}
	if len(p.b)+1+20 > MaxPointer-len(cutMark) {
		p.Cut()
		return
	}
	p.b = AppendIndex(p.b, i)
}

// Cut ends the pointer in "/…": what follows is not shown.
func (p *Pointer) Cut() {
	if !p.cut {
		p.b = append(p.b, cutMark...)
		p.cut = true
	}
}

// IsCut reports whether the pointer was cut.
func (p *Pointer) IsCut() bool { return p.cut }

// String returns the pointer.
func (p *Pointer) String() string { return string(p.b) }

// escapedLen returns the length of t escaped, or -1 when t is longer than
// any pointer may be, without reading it all.
func escapedLen(t string) int {
	if len(t) > MaxPointer {
		return -1
	}
	n := len(t)
	for i := 0; i < len(t); i++ {
		if t[i] == '~' || t[i] == '/' {
			n++
		}
	}
	return n
}

// AppendToken appends "/" and the escaped token to a JSON Pointer, with no
// bound.
func AppendToken(b []byte, token string) []byte {
	b = append(b, '/')
	for i := 0; i < len(token); i++ {
		switch c := token[i]; c {
		case '~':
			b = append(b, '~', '0')
		case '/':
			b = append(b, '~', '1')
		default:
			b = append(b, c)
		}
	}
	return b
}

// AppendIndex appends "/" and an array index to a JSON Pointer.
func AppendIndex(b []byte, index int) []byte {
	return strconv.AppendInt(append(b, '/'), int64(index), 10)
}
