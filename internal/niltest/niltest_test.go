package niltest

import (
	"iter"
	"slices"
	"strings"
	"testing"
)

// The types of testdata/kinds, with methods that pass and fail the check.

type Safe struct{ items []int }

func (s *Safe) Len() int {
	if s == nil {
		return 0
	}
	return len(s.items)
}

func (s *Safe) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		if s != nil {
			for _, x := range s.items {
				yield(x)
			}
		}
	}
}

func (s Safe) Value() int { return 1 } // a value method: not called on nil

type Panics struct{ n int }

func (p *Panics) N(add int) int { return p.n + add }

type Differs struct{}

func (d *Differs) Name() string {
	if d == nil {
		return "nil"
	}
	return "zero"
}

func (d *Differs) Excused() bool { return d == nil }

type Decoder string

func (d *Decoder) UnmarshalText(text []byte) error {
	if d == nil {
		return nil // wrong: nowhere to store the value, and no error
	}
	*d = Decoder(text)
	return nil
}

type Embeds struct {
	Key string
	Safe
	Panics
}

func TestCheck(t *testing.T) {
	failures, err := check(Config{
		Dir:     "testdata/kinds",
		Types:   []any{(*Safe)(nil), (*Panics)(nil), Differs{}, (*Decoder)(nil), (*Embeds)(nil)},
		Samples: []any{3, []byte("x")},
		Unlike:  map[string]string{"Differs.Excused": "the test says so"},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"the exported type Unlisted is not among the types checked",
		"(*Panics)(nil).N(0) panics",
		"(*Panics)(nil).N(3) panics",
		"(*Differs)(nil).Name() = ", // twice: zero and sample arguments
		"(*Differs)(nil).Name() = ",
		"(*Decoder)(nil).UnmarshalText([]byte(nil)) returns no error",
		"(*Decoder)(nil).UnmarshalText([]byte{0x78}) returns no error",
		// Embeds: All and Len are promoted from Safe, which is embedded
		// by value, so they read nil.Safe and panic; N is Panics's.
		"(*Embeds)(nil).All() panics",
		"(*Embeds)(nil).All() panics",
		"(*Embeds)(nil).Len() panics",
		"(*Embeds)(nil).Len() panics",
		"(*Embeds)(nil).N(0) panics",
		"(*Embeds)(nil).N(3) panics",
	}
	for _, w := range want {
		i := slices.IndexFunc(failures, func(f string) bool { return strings.HasPrefix(f, w) })
		if i < 0 {
			t.Errorf("no failure %q among:\n%s", w, strings.Join(failures, "\n"))
			continue
		}
		failures = slices.Delete(failures, i, i+1)
	}
	for _, f := range failures {
		t.Errorf("unexpected failure: %s", f)
	}
}

func TestCheckMissingDir(t *testing.T) {
	if _, err := check(Config{Dir: "testdata/none"}); err == nil {
		t.Error("check of a directory that does not exist returned no error")
	}
}
