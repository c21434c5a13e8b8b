// Command gencomments writes schema/comments.go, the doc comments of the
// document's types, for the schema's descriptions. It runs from the schema
// directory under go generate.
package main

import (
	"log"
	"os"
	"reflect"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/schema/internal/doccomments"
)

func main() {
	comments, err := doccomments.Extract(os.DirFS(".."), "github.com/bilateral-go/bilateral")
	if err != nil {
		log.Fatal(err)
	}
	comments = doccomments.Keep(comments, doccomments.Reachable(reflect.TypeFor[agreement.Agreement]()))
	src, err := doccomments.Render("schema", "comments", comments)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("comments.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
}
