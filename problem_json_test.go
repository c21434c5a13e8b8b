package bilateral_test

import (
	"encoding/json"
	"testing"

	"github.com/bilateral-go/bilateral"
)

// Problems marshal with the member names that a service's clients read,
// and back.
func TestProblemsJSON(t *testing.T) {
	ps := bilateral.Problems{
		{Path: "", Code: "required", Message: "the document needs an id"},
		{Path: "/milestones/2/quarter", Code: "quarter.outside-term", Message: "after the term"},
	}
	data, err := json.Marshal(ps)
	if err != nil {
		t.Fatal(err)
	}
	const want = `[{"path":"","code":"required","message":"the document needs an id"},` +
		`{"path":"/milestones/2/quarter","code":"quarter.outside-term","message":"after the term"}]`
	if string(data) != want {
		t.Errorf("json.Marshal = %s, want %s", data, want)
	}
	var back bilateral.Problems
	if err := json.Unmarshal(data, &back); err != nil || len(back) != 2 || back[1] != ps[1] {
		t.Errorf("json.Unmarshal gave %v, %v; want %v", back, err, ps)
	}
}
