package milestone

import (
	"hash/maphash"

	"github.com/bilateral-go/bilateral"
)

// An idIndex finds the first of a list of milestones with an id. It is an
// open-addressed table, at most half full, of 8-byte slots, each the index
// of a milestone and the high half of its id's hash: a third of the memory
// of a map[bilateral.ID]int32, so that more of it stays in the processor's
// caches when the list is long. The hash tells most slots apart, so that a
// probe reads a milestone's id only where the hashes agree.
type idIndex struct {
	slots []uint64 // hash>>32<<32 | index+1, or 0 for an empty slot
	mask  uint64
}

// idSeed seeds the hash of ids: random, so that no document can be made
// for its ids to collide.
var idSeed = maphash.MakeSeed()

func newIDIndex(n int) idIndex {
	size := 8
	for size < 2*n {
		size <<= 1
	}
	return idIndex{slots: make([]uint64, size), mask: uint64(size - 1)}
}

// add records ms[i] unless an earlier milestone has its id, and returns the
// index of the first milestone with the id.
func (x *idIndex) add(ms []Milestone, i int) int32 {
	id := ms[i].ID
	h := maphash.String(idSeed, string(id))
	tag := h &^ 0xffffffff
	for p := h & x.mask; ; p = (p + 1) & x.mask {
		s := x.slots[p]
		if s == 0 {
			x.slots[p] = tag | uint64(i+1)
			return int32(i)
		}
		if s&^0xffffffff == tag {
			if j := int32(uint32(s)) - 1; ms[j].ID == id {
				return j
			}
		}
	}
}

// find returns the index of the first of ms with the id.
func (x *idIndex) find(ms []Milestone, id bilateral.ID) (int32, bool) {
	if len(x.slots) == 0 {
		return 0, false
	}
	h := maphash.String(idSeed, string(id))
	tag := h &^ 0xffffffff
	for p := h & x.mask; ; p = (p + 1) & x.mask {
		s := x.slots[p]
		if s == 0 {
			return 0, false
		}
		if s&^0xffffffff == tag {
			if j := int32(uint32(s)) - 1; ms[j].ID == id {
				return j, true
			}
		}
	}
}
