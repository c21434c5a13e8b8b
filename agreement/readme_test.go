package agreement

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeListsEveryCode keeps the README's table of problem codes in
// step with the catalogue.
func TestReadmeListsEveryCode(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range Codes() {
		if !strings.Contains(string(readme), "`"+c.Code+"`") {
			t.Errorf("README.md does not list the code %s", c.Code)
		}
	}
}
