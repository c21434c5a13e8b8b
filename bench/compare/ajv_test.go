package compare_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/schema"
)

// TestAjvAcceptsAndRejects runs the Ajv script's check on the test
// documents and their broken variants, where Node.js and the script's
// packages (npm ci in the ajv folder) are installed.
func TestAjvAcceptsAndRejects(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("no node on PATH")
	}
	if _, err := os.Stat(filepath.Join("ajv", "node_modules", "ajv", "package.json")); err != nil {
		t.Skip("Ajv is not installed: run npm ci in the ajv folder")
	}
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		file := filepath.Join(dir, name+".json")
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return file
	}
	schemaFile := write("agreement.schema", schema.Agreement())
	want := map[string]bool{}
	args := []string{filepath.Join("ajv", "bench.mjs"), "check", "-schema", schemaFile}
	for _, d := range testDocuments(t) {
		args = append(args, write(d.Name, d.Data))
		want[d.Name] = true
		for _, b := range brokenDocuments(t, d) {
			name := d.Name + "-" + b.name
			args = append(args, write(name, b.data))
			want[name] = false
		}
	}
	out, err := exec.Command(node, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("node %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	got := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		verdict, rest, _ := strings.Cut(line, " ")
		name, _, _ := strings.Cut(rest, ":")
		got[name] = verdict == "valid"
	}
	for name, valid := range want {
		v, ok := got[name]
		switch {
		case !ok:
			t.Errorf("Ajv said nothing of %s:\n%s", name, out)
		case v != valid:
			t.Errorf("Ajv on %s: valid=%v, want %v", name, v, valid)
		}
	}
}
