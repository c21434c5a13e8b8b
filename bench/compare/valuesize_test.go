package compare_test

import (
	"testing"
	"unsafe"

	"github.com/bilateral-go/bilateral/bench/compare"
)

type sizedInner struct {
	text string
	nums []int32
}

type sizedOuter struct {
	name  string
	items []sizedInner
	ptr   *sizedInner
	box   any
	index map[string]int64
}

func TestValueBytes(t *testing.T) {
	shared := "shared text" // 11 bytes, held twice, counted once
	nums := make([]int32, 2, 5)
	v := &sizedOuter{
		name: "outer!", // 6
		items: append(make([]sizedInner, 0, 3),
			sizedInner{text: shared, nums: nums},
			sizedInner{text: shared, nums: nums[:1]}), // the same array as nums
		ptr:   &sizedInner{text: "abc"}, // 3
		box:   int64(7),
		index: map[string]int64{"key": 1}, // 3
	}
	inner := int64(unsafe.Sizeof(sizedInner{}))
	want := int64(unsafe.Sizeof(sizedOuter{})) + // what v points to
		6 + // name
		3*inner + // items' array
		11 + // shared, once
		5*4 + // nums' array, once
		inner + 3 + // ptr and its text
		8 + // the boxed int64
		int64(unsafe.Sizeof("")+8) + 3 // the map's entry and its key
	if got := compare.ValueBytes(v); got != want {
		t.Errorf("ValueBytes = %d, want %d", got, want)
	}
	if got := compare.ValueBytes(nil); got != 0 {
		t.Errorf("ValueBytes(nil) = %d, want 0", got)
	}
}
