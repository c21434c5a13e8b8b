package agreement

import (
	"iter"

	"github.com/bilateral-go/bilateral"
	"github.com/bilateral-go/bilateral/focusarea"
)

// A Session is one occurrence of a recurring implementation: a quarter in
// which its mechanism meets or acts, and the party that hosts it.
type Session struct {
	// Commitment is the id of the commitment whose plan it is.
	Commitment bilateral.ID
	// Area is the key of the commitment's focus area.
	Area focusarea.Key
	// Mechanism is the plan's mechanism, such as review-session.
	Mechanism Mechanism
	// Quarter is the quarter in which the session falls.
	Quarter bilateral.Quarter
	// Number counts the plan's sessions from 1, the session in its start
	// quarter.
	Number int
	// Host is the party that hosts the session: the party the venue names,
	// or for an alternating venue the first lead (or the first party) for
	// odd-numbered sessions and the other party for even-numbered ones. It
	// is empty when the plan gives no venue.
	Host bilateral.PartyCode
}

// Interval returns the number of quarters from one session to the next:
// 1 for quarterly, 2 for semiannual, 4 for annual and 8 for biennial. It is
// 0 for once, as-needed and unknown cadences, which do not recur.
func (c Cadence) Interval() int {
	switch c {
	case Quarterly:
		return 1
	case Semiannual:
		return 2
	case Annual:
		return 4
	case Biennial:
		return 8
	}
	return 0
}

// Occurrences yields the sessions of the plan of commitment c that fall
// from quarter from to quarter to, both included, in order. A plan meets in
// its start quarter and then every Interval quarters until its end, or the
// end of a's term when it gives none. A plan that meets once has one
// session, in its start quarter; one that meets as needed has none. It
// yields nothing when from or to is the zero Quarter, or c is nil.
func (a *Agreement) Occurrences(c *Commitment, from, to bilateral.Quarter) iter.Seq[Session] {
	return func(yield func(Session) bool) { a.occurrences(c, from, to, yield) }
}

// occurrences calls yield with each session of Occurrences, and reports
// whether yield asked for more.
func (a *Agreement) occurrences(c *Commitment, from, to bilateral.Quarter, yield func(Session) bool) bool {
	if c == nil {
		return true
	}
	im := &c.Implementation
	start, end := im.Start, im.End
	if !end.IsValid() && a != nil {
		end = a.Term.End
	}
	if !start.IsValid() || !from.IsValid() || !to.IsValid() {
		return true
	}
	if end.IsValid() && end.Before(to) {
		to = end
	}
	step := im.Cadence.Interval()
	switch {
	case im.Cadence == Once:
		step = 1
		if start.Before(to) {
			to = start
		}
	case step == 0:
		return true
	}
	// The first session at or after from, keeping the count from start.
	k := 0
	if start.Before(from) {
		k = (from.Sub(start) + step - 1) / step
	}
	first, second := a.hosts(im)
	for q := start.Add(k * step); q.IsValid() && !q.After(to); q, k = q.Add(step), k+1 {
		s := Session{Commitment: c.ID, Area: c.Area, Mechanism: im.Mechanism, Quarter: q, Number: k + 1, Host: first}
		if k%2 == 1 {
			s.Host = second
		}
		if !yield(s) {
			return false
		}
	}
	return true
}

// hosts returns the hosts of the odd- and even-numbered sessions of im.
func (a *Agreement) hosts(im *Implementation) (odd, even bilateral.PartyCode) {
	if code, ok := im.Venue.Party(); ok {
		return code, code
	}
	if im.Venue != Alternating {
		return "", ""
	}
	var parties []Party
	if a != nil {
		parties = a.Parties
	}
	switch {
	case len(im.Leads) > 0:
		odd = im.Leads[0]
	case len(parties) > 0:
		odd = parties[0].Code
	}
	for _, p := range parties {
		if p.Code != odd {
			return odd, p.Code
		}
	}
	return odd, odd
}

// Sessions yields the sessions of every commitment's plan that fall from
// quarter from to quarter to, both included: by quarter, then in the order
// of the commitments. It yields nothing when from or to is the zero
// Quarter.
func (a *Agreement) Sessions(from, to bilateral.Quarter) iter.Seq[Session] {
	return func(yield func(Session) bool) {
		if a == nil {
			return
		}
		for q := range bilateral.Quarters(from, to) {
			for i := range a.Commitments {
				if !a.occurrences(&a.Commitments[i], q, q, yield) {
					return
				}
			}
		}
	}
}
