package agreement_test

import (
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/internal/strictjson"
)

// The codes of the JSON text are written out in the agreement package, so
// that its documentation shows their values; they are the codes that the
// strict decoder gives.
func TestJSONCodesAreTheDecodersCodes(t *testing.T) {
	for _, c := range []struct{ agreement, strictjson string }{
		{agreement.CodeJSONSyntax, strictjson.CodeSyntax},
		{agreement.CodeJSONType, strictjson.CodeType},
		{agreement.CodeJSONUnknownMember, strictjson.CodeUnknownMember},
		{agreement.CodeJSONDuplicateMember, strictjson.CodeDuplicateMember},
		{agreement.CodeJSONEmptyString, strictjson.CodeEmptyString},
		{agreement.CodeJSONNumber, strictjson.CodeNumber},
	} {
		if c.agreement != c.strictjson {
			t.Errorf("agreement has %q where the decoder gives %q", c.agreement, c.strictjson)
		}
	}
}
