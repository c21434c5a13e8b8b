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

// TestReadmeDocumentParses keeps the README's example document valid.
func TestReadmeDocumentParses(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "```json\n")
	doc, _, _ := strings.Cut(rest, "```")
	if !ok {
		t.Fatal("README.md has no json block")
	}
	if _, err := Parse([]byte(doc)); err != nil {
		t.Errorf("the README's example document does not parse: %v", err)
	}
}
