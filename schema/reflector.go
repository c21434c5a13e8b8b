package schema

import (
	"path"
	"reflect"
	"strings"

	"github.com/invopop/jsonschema"
)

// NewReflector returns a [jsonschema.Reflector] for types of your own that
// hold types of this module, such as a request that carries an
// [agreement.Agreement] or a []milestone.Milestone. Reflecting any Go type
// with it gives, for every type of the document inside it, the schema that
// the committed schema has for that type: required members, patterns,
// enums with their titles, item counts, the conditional rules and the
// descriptions. Your own types are reflected as the Reflector would
// reflect them anyway, and its settings (ExpandedStruct,
// AllowAdditionalProperties, a CommentMap of yours, ...) apply to them
// alone: the schemas of the document's types do not depend on them.
//
// A type of the document must be a named field of yours, as in
//
//	type Annotated struct {
//		Milestone milestone.Milestone `json:"milestone"`
//		Note      string              `json:"note"`
//	}
//
// and not embedded (struct{ milestone.Milestone; Note string }): the
// jsonschema package reflects the fields of an embedded struct in place
// and asks neither the Mapper nor Lookup about the embedded type, so each
// of its fields keeps its schema but the rules of the type itself (such as
// metIn exactly for a met milestone) are lost.
//
// A plain jsonschema.Reflector is not enough for the types of this module:
//
//   - the value types (Quarter, Date, Text, FiscalCalendar) have unexported
//     fields and JSON forms of their own, a string or a number, which
//     reflection cannot see: it gives an object with no members, which
//     rejects every document;
//   - the enums, the patterns of ids, codes and keys, and the other rules
//     that the schema package adds after reflection (exactly two parties, at
//     least one focus area, a title for a focus area outside the
//     vocabulary, metIn exactly for a met milestone, a date for a held
//     engagement) are missing;
//   - two types of the same name share one $defs entry (invopop/jsonschema
//     issue 42): agreement.Status and milestone.Status become one "Status",
//     so a document whose milestone is "met" is rejected.
//
// The Reflector gives the schema of each type of the document in place,
// wherever it appears, since the jsonschema package puts what a Mapper
// returns in place rather than in $defs; there, as for every field, the
// description of the field (its jsonschema_description tag, or a comment
// of yours) takes the place of the type's. To refer to one shared copy
// instead, the committed schema, set Lookup to [Lookup]. The other types of
// this module are reflected as the Reflector reflects any type, under $defs
// names qualified by package ("agreement.Progress"), so that they cannot
// collide with each other or with yours. Their schemas are not a contract:
// only the types of the document (the Agreement and its parts) have schemas
// kept in step with their JSON. The reports, agreement.Progress and its
// parts, write values their reflected schemas may reject, such as an empty
// string or null for a nil slice. To add a Mapper of your own, call the one
// NewReflector sets from it.
func NewReflector() *jsonschema.Reflector {
	return &jsonschema.Reflector{
		Mapper: inline,
		Namer:  qualifiedName,
	}
}

// inline gives the schema of t, when it is a type of the document, with
// the schemas of its parts in place: a new one at each call, since the
// Reflector writes the description of the field into it.
func inline(t reflect.Type) *jsonschema.Schema {
	if !isDocumentType(t) {
		return nil
	}
	return schemaOf(t, inline)
}

// qualifiedName names a type of the model's packages after its package
// and name, as in "agreement.Progress", and leaves the others to the
// Reflector.
func qualifiedName(t reflect.Type) string {
	if !modelPackages[t.PkgPath()] {
		return ""
	}
	return defName(t)
}

// modelPackages are the packages whose types NewReflector names by
// package.
var modelPackages = map[string]bool{
	module:                true,
	module + "/agreement": true,
	module + "/focusarea": true,
	module + "/milestone": true,
}

// shortTypeArgs shortens the package paths of the type arguments in name,
// such as "Definition[github.com/bilateral-go/bilateral/agreement.Kind]",
// to their last element: "Definition[agreement.Kind]".
func shortTypeArgs(name string) string {
	var b strings.Builder
	for {
		i := strings.IndexAny(name, "[,")
		if i < 0 {
			b.WriteString(name)
			return b.String()
		}
		b.WriteString(name[:i+1])
		name = name[i+1:]
		end := strings.IndexAny(name, "[],")
		if end < 0 {
			end = len(name)
		}
		arg := name[:end]
		if dot := strings.LastIndexByte(arg, '.'); dot >= 0 {
			arg = path.Base(arg[:dot]) + arg[dot:]
		}
		b.WriteString(arg)
		name = name[end:]
	}
}

// safeName turns the characters of name that a JSON Pointer in a URI
// fragment cannot hold as they are ("[", "]", ",", "/", "*" and the like)
// into hyphens, so that "#/$defs/" + name is a plain reference.
func safeName(name string) string {
	b := []byte(name)
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-') {
			b[i] = '-'
		}
	}
	return strings.TrimRight(string(b), "-")
}

// Lookup is for [jsonschema.Reflector].Lookup: it refers each type of the
// document to its schema in the committed schema, by $id, so that a tool
// that bundles the committed schema (as a resource of its validator, or as
// a file beside its own) refers to it instead of holding a copy. The
// [agreement.Agreement] is [ID]; each of its parts is ID + "#/$defs/" and
// its name, qualified by package, such as
// ID + "#/$defs/milestone.Milestone" or ID + "#/$defs/bilateral.Quarter".
// Those names are part of this package's API: they stay from release to
// release of this major version. For other types Lookup returns
// [jsonschema.EmptyID], and the Reflector reflects them.
//
// Reflect the types that hold the agreement's types, not the agreement
// itself: its schema is the committed one. Lookup is meant for the
// Reflector that [NewReflector] returns, which names the other types of
// this module by package, but it works with any.
func Lookup(t reflect.Type) jsonschema.ID {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == nil:
		return jsonschema.EmptyID
	case t == agreementType:
		return ID
	case isDocumentType(t):
		return jsonschema.ID(ID + "#/$defs/" + defName(t))
	}
	return jsonschema.EmptyID
}
