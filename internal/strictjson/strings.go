package strictjson

import "unsafe"

// The decoder makes the strings it keeps from chunks of bytes, several
// strings to a chunk, rather than with an allocation each: a document
// holds a string for every id, key and text, and at 100,000 milestones
// allocating them one by one was a tenth of Parse's time. The chunks are
// never written again once a string refers to them. A string that outlives
// the value it was decoded into keeps its chunk alive, at most
// maxChunk bytes.
const (
	maxChunk        = 16 << 10
	maxChunkedBytes = 256 // a longer string has an allocation of its own
)

// keep returns b as a string of its own: the decoder's input may change
// after Decode returns.
func (d *decoder) keep(b []byte) string {
	if len(b) == 0 || len(b) > maxChunkedBytes {
		return string(b)
	}
	if cap(d.chunk)-len(d.chunk) < len(b) {
		// The strings still to come are made of the input still to read,
		// about half of it in a typical document: a chunk of that size
		// wastes little on a small document.
		size := min(maxChunk, max((len(d.data)-d.i)/2, len(b)))
		d.chunk = make([]byte, 0, size)
	}
	start := len(d.chunk)
	d.chunk = append(d.chunk, b...)
	return unsafe.String(&d.chunk[start], len(b))
}
