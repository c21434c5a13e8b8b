package milestone_test

import (
	"slices"
	"testing"

	"github.com/bilateral-go/bilateral/milestone"
)

func TestScheduleOf(t *testing.T) {
	ms := genMilestones(5)
	s := milestone.NewSchedule(ms)
	for _, c := range []struct {
		name string
		s    *milestone.Schedule
		ms   []milestone.Milestone
		want bool
	}{
		{"its own list", s, ms, true},
		{"its own list, resliced to its length", s, ms[:len(ms):len(ms)], true},
		{"an equal copy", s, slices.Clone(ms), false},
		{"the list less its last", s, ms[:len(ms)-1], false},
		{"the list less its first", s, ms[1:], false},
		{"no list", s, nil, false},
		{"a nil schedule, no list", nil, nil, true},
		{"a nil schedule, an empty list", nil, []milestone.Milestone{}, true},
		{"a nil schedule, a list", nil, ms, false},
		{"the schedule of no list, an empty list", milestone.NewSchedule(nil), ms[:0], true},
	} {
		if got := c.s.Of(c.ms); got != c.want {
			t.Errorf("%s: Of = %v, want %v", c.name, got, c.want)
		}
	}
}
