package agreement

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeListsEveryChangeCode keeps the README's table of change codes
// in step with the catalogue.
func TestReadmeListsEveryChangeCode(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, versions, ok := strings.Cut(string(readme), "\n## Versions\n")
	if !ok {
		t.Fatal("README.md has no section Versions")
	}
	for _, c := range ChangeCodes() {
		if !strings.Contains(versions, "`"+c.Code+"`") {
			t.Errorf("the README's section Versions does not list the change code %s", c.Code)
		}
	}
}
