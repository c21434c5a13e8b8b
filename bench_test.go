package bilateral_test

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/bilateral-go/bilateral"
)

// Sinks keep the compiler from optimizing benchmarked and allocation-counted
// calls away.
var (
	sinkQuarter bilateral.Quarter
	sinkDate    bilateral.Date
	sinkInt     int
	sinkBool    bool
	sinkString  string
	sinkBytes   []byte
	sinkText    bilateral.Text
)

func BenchmarkParseQuarter(b *testing.B) {
	for _, bb := range []struct{ name, in string }{
		{"canonical", "2024-Q3"},
		{"lenient", "Q3 2024"},
		{"compact", "2024q3"},
		{"invalid", "2024/Q3"},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkQuarter, _ = bilateral.ParseQuarter(bb.in)
			}
		})
	}
}

func BenchmarkQuarterAppendText(b *testing.B) {
	b.ReportAllocs()
	q := bilateral.MustParseQuarter("2024-Q3")
	buf := make([]byte, 0, 16)
	for b.Loop() {
		buf, _ = q.AppendText(buf[:0])
	}
	sinkBytes = buf
}

func BenchmarkQuarterString(b *testing.B) {
	b.ReportAllocs()
	q := bilateral.MustParseQuarter("2024-Q3")
	for b.Loop() {
		sinkString = q.String()
	}
}

func BenchmarkQuarterAdd(b *testing.B) {
	b.ReportAllocs()
	q := bilateral.MustParseQuarter("2024-Q3")
	n := 0
	for b.Loop() {
		sinkQuarter = q.Add(n%64 - 32)
		n++
	}
}

// randomQuarters returns n quarters, the same ones on every call.
func randomQuarters(n int) []bilateral.Quarter {
	r := rand.New(rand.NewPCG(1, 2))
	qs := make([]bilateral.Quarter, n)
	for i := range qs {
		qs[i] = bilateral.QuarterFrom(1990+r.IntN(60), 1+r.IntN(4))
	}
	return qs
}

func BenchmarkQuarterCompare(b *testing.B) {
	b.ReportAllocs()
	src := randomQuarters(1000)
	qs := make([]bilateral.Quarter, len(src))
	for b.Loop() {
		copy(qs, src)
		slices.SortFunc(qs, bilateral.Quarter.Compare)
	}
}

func BenchmarkParseDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkDate, _ = bilateral.ParseDate("2024-06-14")
	}
}

func BenchmarkDateAppendText(b *testing.B) {
	b.ReportAllocs()
	d := bilateral.MustParseDate("2024-06-14")
	buf := make([]byte, 0, 16)
	for b.Loop() {
		buf, _ = d.AppendText(buf[:0])
	}
	sinkBytes = buf
}

func BenchmarkFiscalCalendar(b *testing.B) {
	q := bilateral.MustParseQuarter("2024-Q4")
	b.Run("Label", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkString = bilateral.USFederal.Label(q)
		}
	})
	b.Run("AppendLabel", func(b *testing.B) {
		b.ReportAllocs()
		buf := make([]byte, 0, 16)
		for b.Loop() {
			buf = bilateral.USFederal.AppendLabel(buf[:0], q)
		}
		sinkBytes = buf
	})
	b.Run("ParseLabel", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkQuarter, _ = bilateral.USFederal.ParseLabel("FY2025 Q1")
		}
	})
}

func BenchmarkTextIn(b *testing.B) {
	t := bilateral.Translated(map[string]string{
		"de": "Handel", "en": "Trade", "es": "Comercio", "es-MX": "Comercio (MX)",
		"fr": "Commerce", "fr-CA": "Commerce (CA)", "pt-BR": "Comércio",
	})
	for _, lang := range []string{"es-MX", "pt", "it"} {
		b.Run(lang, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkString = t.In(lang)
			}
		})
	}
}

func BenchmarkTextJSON(b *testing.B) {
	texts := []struct {
		name string
		text bilateral.Text
	}{
		{"plain", bilateral.PlainText("Energy security and the \"clean\" transition")},
		{"object", bilateral.Translated(map[string]string{
			"en": "Energy security and the clean transition",
			"es": "Seguridad energética y la transición limpia",
			"fr": "Sécurité énergétique et transition propre",
		})},
	}
	for _, tt := range texts {
		data, err := json.Marshal(tt.text)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("Marshal/"+tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkBytes, _ = tt.text.MarshalJSON()
			}
		})
		b.Run("Unmarshal/"+tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var t bilateral.Text
				if err := t.UnmarshalJSON(data); err != nil {
					b.Fatal(err)
				}
				sinkText = t
			}
		})
	}
}

func BenchmarkProblemsSort(b *testing.B) {
	b.ReportAllocs()
	r := rand.New(rand.NewPCG(3, 4))
	codes := []string{"quarter.outside-term", "text.missing-language", "id.duplicate", "ref.unknown-area"}
	src := make(bilateral.Problems, 1000)
	for i := range src {
		src[i] = bilateral.Problem{
			Path:    bilateral.Pointer("milestones", strconv.Itoa(r.IntN(300)), "quarter"),
			Code:    codes[r.IntN(len(codes))],
			Message: "message " + strconv.Itoa(r.IntN(5)),
		}
	}
	ps := make(bilateral.Problems, len(src))
	for b.Loop() {
		copy(ps, src)
		ps.Sort()
	}
}
