package strictjson

import (
	"bytes"
	"encoding/binary"
	"hash/maphash"

	"github.com/bilateral-go/bilateral/internal/jsontext"
)

// The member names of the objects that skipValue reads are kept to find a
// name given twice. A name is kept as a nameRef: where its text is, in the
// document, or unescaped in the decoder's arena, with its hash. The names
// of a small object are compared one by one, the text only where the hashes
// agree; a larger object has a nameSet, a hash table of its names that costs
// a few words a name, as hostile input may hold objects of very many
// members.

// A nameRef is the position+1 of the opening quote of a member name in the
// document, for a name without escapes; or -(offset+1) of the name, with
// its length before it, in the decoder's arena.
type nameRef int

// smallObject is the number of members up to which the names of a skipped
// object are compared one by one.
const smallObject = 16

// nameText returns the text of the name r refers to.
func (d *decoder) nameText(r nameRef) []byte {
	if r > 0 {
		i := int(r) - 1
		end, _, _ := jsontext.ScanString(d.data, i)
		return d.data[i+1 : end-1]
	}
	off := int(-r) - 1
	n, k := binary.Uvarint(d.arena[off:])
	return d.arena[off+k : off+k+int(n)]
}

// refOf returns the nameRef of name, unescaping it into the arena if it has
// escapes.
func (d *decoder) refOf(name memberName) nameRef {
	if !name.escaped {
		return nameRef(name.at + 1)
	}
	off := len(d.arena)
	text := jsontext.Unescape(name.raw)
	d.arena = binary.AppendUvarint(d.arena, uint64(len(text)))
	d.arena = append(d.arena, text...)
	return nameRef(-(off + 1))
}

// addName records the member name r of the skipped object f, and reports
// whether f had it already.
func (d *decoder) addName(f *skipFrame, r nameRef) bool {
	text := d.nameText(r)
	slot := nameSlot{r, maphash.Bytes(d.seed(), text)}
	if f.set != nil {
		return f.set.add(d, slot, text)
	}
	names := d.names[f.namesStart:]
	for _, o := range names {
		if o.hash == slot.hash && bytes.Equal(d.nameText(o.ref), text) {
			return true
		}
	}
	if len(names) < smallObject {
		d.names = append(d.names, slot)
		return false
	}
	f.set = newNameSet()
	for _, o := range names {
		f.set.add(d, o, nil)
	}
	d.names = d.names[:f.namesStart]
	return f.set.add(d, slot, text)
}

// A nameSet is an open-addressed hash table of member names.
type nameSet struct {
	slots []nameSlot
	n     int
}

// A nameSlot holds a name and its hash, so that a look-up reads the text
// of no other name than one of the same hash, nor does a table when it
// grows.
type nameSlot struct {
	ref  nameRef // 0 for an empty slot
	hash uint64
}

func newNameSet() *nameSet {
	return &nameSet{slots: make([]nameSlot, 4*smallObject)}
}

// add adds the name in slot, whose text is text, to s, and reports whether
// s had the name already. A nil text is a name known to be new.
func (s *nameSet) add(d *decoder, slot nameSlot, text []byte) bool {
	if 4*(s.n+1) > 3*len(s.slots) {
		old := s.slots
		s.slots = make([]nameSlot, 2*len(old))
		for _, o := range old {
			if o.ref != 0 {
				s.slots[s.free(o.hash)] = o
			}
		}
	}
	if text != nil {
		mask := uint64(len(s.slots) - 1)
		for i := slot.hash & mask; s.slots[i].ref != 0; i = (i + 1) & mask {
			if o := s.slots[i]; o.hash == slot.hash && bytes.Equal(d.nameText(o.ref), text) {
				return true
			}
		}
	}
	s.slots[s.free(slot.hash)] = slot
	s.n++
	return false
}

// free returns the index of the empty slot where a name of hash h goes.
func (s *nameSet) free(h uint64) uint64 {
	mask := uint64(len(s.slots) - 1)
	i := h & mask
	for s.slots[i].ref != 0 {
		i = (i + 1) & mask
	}
	return i
}

// seed returns the decoder's seed for hashing names, made on first use.
func (d *decoder) seed() maphash.Seed {
	if !d.seeded {
		d.hashSeed, d.seeded = maphash.MakeSeed(), true
	}
	return d.hashSeed
}
