// Package idindex finds the first item of a list with an id. Validate and
// the schedule of milestones each index the milestones by id, and at
// 100,000 milestones that index is most of their time.
//
// An Index is an open-addressed table, at most half full, of 8-byte slots,
// each the position of an item and the high half of its id's hash: a third
// of the memory of a map[string]int32, so that more of it stays in the
// processor's caches when the list is long. The hash tells most slots
// apart, so that a probe reads an item's id only where the hashes agree,
// and adding an id finds an earlier item with it in the same probe.
package idindex

import "hash/maphash"

// An Index finds the first item of a list with an id. The zero Index holds
// no id.
type Index struct {
	slots []uint64 // hash>>32<<32 | position+1, or 0 for an empty slot
	mask  uint64
}

// seed seeds the hash of ids: random, so that no document can be made for
// its ids to collide.
var seed = maphash.MakeSeed()

const hashHigh = uint64(0xffffffff) << 32

// Reset empties x and makes room for n ids, in the memory x already has
// when it is enough.
func (x *Index) Reset(n int) {
	size := 8
	for size < 2*n {
		size <<= 1
	}
	if cap(x.slots) >= size {
		x.slots = x.slots[:size]
		clear(x.slots)
	} else {
		x.slots = make([]uint64, size)
	}
	x.mask = uint64(size - 1)
}

// Slots returns the number of slots x has: twice the ids it was last made
// room for, or more.
func (x *Index) Slots() int { return cap(x.slots) }

// Add records that items[i] has the id id(&items[i]), unless an earlier
// item has it, and returns the position of the first item with the id. At
// most the n of the last Reset items may be added.
func Add[T any](x *Index, items []T, i int, id func(*T) string) int32 {
	key := id(&items[i])
	h := maphash.String(seed, key)
	p, j, found := probe(x, items, key, h, id)
	if found {
		return j
	}
	x.slots[p] = h&hashHigh | uint64(i+1)
	return int32(i)
}

// Find returns the position of the first of items with the id key.
func Find[T any](x *Index, items []T, key string, id func(*T) string) (int32, bool) {
	if len(x.slots) == 0 {
		return 0, false
	}
	_, j, found := probe(x, items, key, maphash.String(seed, key), id)
	return j, found
}

// probe looks for key, whose hash is h, from the slot h names on: it
// returns the position of the first item with key, found, or the empty
// slot p where key belongs. The table is at most half full, so there is
// one.
func probe[T any](x *Index, items []T, key string, h uint64, id func(*T) string) (p uint64, j int32, found bool) {
	for p = h & x.mask; ; p = (p + 1) & x.mask {
		s := x.slots[p]
		if s == 0 {
			return p, 0, false
		}
		if s&hashHigh == h&hashHigh {
			if j = int32(uint32(s)) - 1; id(&items[j]) == key {
				return p, j, true
			}
		}
	}
}
