package milestone_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/milestone"
)

// A status prints as what it is: the empty one as scheduled. Its JSON form
// is the string as it is, and a milestone without a status leaves it out.
func TestStatusString(t *testing.T) {
	for s, want := range map[milestone.Status]string{
		"":                     "scheduled",
		milestone.Scheduled:    "scheduled",
		milestone.PartiallyMet: "partially-met",
		"late":                 "late",
	} {
		if got := fmt.Sprint(s); got != want {
			t.Errorf("fmt.Sprint(Status(%q)) = %q, want %q", string(s), got, want)
		}
	}
	data, err := json.Marshal(milestone.Status(""))
	if err != nil || string(data) != `""` {
		t.Errorf("json.Marshal(Status(\"\")) = %s, %v; want \"\"", data, err)
	}
	data, err = json.Marshal(milestone.Milestone{ID: "m"})
	if err != nil || strings.Contains(string(data), `"status"`) {
		t.Errorf("a milestone without a status marshals as %s, %v; want no status", data, err)
	}
}
