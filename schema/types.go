package schema

import (
	"path"
	"reflect"

	"github.com/invopop/jsonschema"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/focusarea"
	"github.com/bilateral-go/bilateral/milestone"
)

// The types of the document and how the schema of each is built. The
// committed schema, NewReflector and Lookup all draw on this one catalogue,
// so that a model type has the same schema wherever it appears: at the
// root of the document, in $defs, or inside a type of someone else's.

// valueTypes are the types of the document whose JSON form is a single
// string or number, with the function that builds the schema of each.
var valueTypes = map[reflect.Type]func() *jsonschema.Schema{
	reflect.TypeFor[bilateral.Quarter]():        quarterSchema,
	reflect.TypeFor[bilateral.Date]():           dateSchema,
	reflect.TypeFor[bilateral.Text]():           textSchema,
	reflect.TypeFor[bilateral.FiscalCalendar](): fiscalCalendarSchema,
	reflect.TypeFor[bilateral.ID]():             idSchema,
	reflect.TypeFor[bilateral.PartyCode]():      partyCodeSchema,
	reflect.TypeFor[bilateral.LanguageTag]():    languageTagSchema,

	reflect.TypeFor[agreement.Kind]():             enumSchema(agreement.Kinds),
	reflect.TypeFor[agreement.Status]():           agreementStatusSchema,
	reflect.TypeFor[agreement.PartyKind]():        enumSchema(agreement.PartyKinds),
	reflect.TypeFor[agreement.Mechanism]():        enumSchema(agreement.Mechanisms),
	reflect.TypeFor[agreement.Cadence]():          enumSchema(agreement.Cadences),
	reflect.TypeFor[agreement.EngagementKind]():   enumSchema(agreement.EngagementKinds),
	reflect.TypeFor[agreement.EngagementStatus](): enumSchema(agreement.EngagementStatuses),
	reflect.TypeFor[agreement.Venue]():            venueSchema,
	reflect.TypeFor[focusarea.Key]():              keySchema,
	reflect.TypeFor[focusarea.Direction]():        enumSchema(focusarea.Directions),
	reflect.TypeFor[focusarea.Unit]():             enumSchema(focusarea.Units),
	reflect.TypeFor[milestone.Status]():           enumSchema(milestone.Statuses),
}

// structTypes are the struct types of the document, with the rules that
// struct reflection cannot know (nil for none), which are added to the
// schema of the type itself so that they hold wherever it appears.
var structTypes = map[reflect.Type]func(*jsonschema.Schema){
	agreementType:                               agreementRules,
	reflect.TypeFor[agreement.Step]():           nil,
	reflect.TypeFor[agreement.Party]():          nil,
	reflect.TypeFor[agreement.Representative](): representativeRules,
	reflect.TypeFor[agreement.Term]():           nil,
	reflect.TypeFor[agreement.Commitment]():     nil,
	reflect.TypeFor[agreement.Implementation](): nil,
	reflect.TypeFor[agreement.Engagement]():     engagementRules,
	reflect.TypeFor[focusarea.Area]():           areaRules,
	reflect.TypeFor[focusarea.Benefit]():        nil,
	reflect.TypeFor[focusarea.Priority]():       priorityRules,
	reflect.TypeFor[focusarea.Indicator]():      indicatorRules,
	reflect.TypeFor[focusarea.Baseline]():       nil,
	reflect.TypeFor[focusarea.Observation]():    nil,
	reflect.TypeFor[milestone.Milestone]():      milestoneRules,
}

var agreementType = reflect.TypeFor[agreement.Agreement]()

// isDocumentType reports whether t is a type of the document: the
// Agreement or one of its parts.
func isDocumentType(t reflect.Type) bool {
	if _, ok := valueTypes[t]; ok {
		return true
	}
	_, ok := structTypes[t]
	return ok
}

// A refFunc gives the schema to use where a type of the document appears
// inside another: a $ref to its definition, or its schema inline.
type refFunc func(reflect.Type) *jsonschema.Schema

// schemaOf builds the schema of t, a type of the document, complete with
// its rules and description. ref gives the schemas of the types of the
// document inside it.
func schemaOf(t reflect.Type, ref refFunc) *jsonschema.Schema {
	var s *jsonschema.Schema
	if build, ok := valueTypes[t]; ok {
		s = build()
		if s.Description == "" {
			s.Description = comments[t.PkgPath()+"."+t.Name()]
		}
	} else {
		s = reflectStruct(t, ref)
		if rules := structTypes[t]; rules != nil {
			rules(s)
		}
	}
	guardPatterns(s)
	return s
}

// reflectStruct reflects the struct type t of the document, with the
// descriptions of its doc comments, the schemas of the types of the
// document in its fields given by ref.
func reflectStruct(t reflect.Type, ref refFunc) *jsonschema.Schema {
	r := &jsonschema.Reflector{
		Anonymous:      true,
		DoNotReference: true,
		CommentMap:     comments,
		Mapper: func(u reflect.Type) *jsonschema.Schema {
			if u != t && isDocumentType(u) {
				return ref(u)
			}
			return nil
		},
	}
	s := r.ReflectFromType(t)
	s.Version = ""
	return s
}

// defName names the $defs entry of a type after its package and name, such
// as "milestone.Status", so that types of the same name in two packages do
// not collide. The type arguments of a generic type are named the same way,
// and the characters a URI fragment cannot hold become hyphens (see
// [safeName]), so that NewReflector's names of other types of the module
// follow the same scheme.
func defName(t reflect.Type) string {
	if t.Name() == "" {
		return ""
	}
	return safeName(path.Base(t.PkgPath()) + "." + shortTypeArgs(t.Name()))
}
