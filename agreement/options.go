package agreement

import "strconv"

// ParseOptions bound the work that reading a document takes, so that a
// service can read documents from anyone: whatever a document holds, the
// time and memory Parse spends on it grow in proportion to its size, and
// the problems it reports are few and short.
//
// The zero value means the defaults, which suit any real document: no
// limit on size, nesting at most [DefaultMaxDepth] deep, and at most
// [DefaultMaxProblems] problems. [Parse] uses them. Each limit is lifted
// with a negative value, or set with a positive one:
//
//	a, err := agreement.ParseOptions{MaxBytes: 1 << 20}.Parse(body)
//	a, err := agreement.ParseOptions{MaxProblems: -1}.Parse(data) // every problem
type ParseOptions struct {
	// MaxBytes is the size of the largest document read, in bytes. A
	// larger one is one problem, json.too-large, before any of it is read.
	// 0 (or a negative value) means no limit: a service that reads a
	// request body will usually bound it where it reads it, as with
	// http.MaxBytesReader.
	MaxBytes int
	// MaxDepth is the deepest nesting of arrays and objects read. Deeper
	// nesting is one problem, json.too-large, and nothing more is read.
	// Agreement documents nest less than 10 deep, so only values that are
	// not part of the model (unknown members, values of the wrong type)
	// nest deeper. 0 means DefaultMaxDepth; a negative value means no
	// limit.
	MaxDepth int
	// MaxProblems is the most problems reported. Past it, Parse stops
	// reading and checking, and the last problem is problems.truncated, at
	// the document root, after the first MaxProblems found. 0 means
	// DefaultMaxProblems; a negative value means no limit, so that every
	// problem is reported, however many there are.
	MaxProblems int
}

// The defaults of ParseOptions.
const (
	// DefaultMaxDepth is the nesting that Parse reads by default: far
	// more than any agreement document needs.
	DefaultMaxDepth = 64
	// DefaultMaxProblems is the number of problems Parse reports by
	// default: enough to fix a document in one go, and few enough to read.
	DefaultMaxProblems = 100
)

// maxDepth returns the limit to give the decoder: -1 for none.
func (o ParseOptions) maxDepth() int {
	switch {
	case o.MaxDepth == 0:
		return DefaultMaxDepth
	case o.MaxDepth < 0:
		return -1
	}
	return o.MaxDepth
}

// maxProblems returns the limit on problems: 0 for none.
func (o ParseOptions) maxProblems() int {
	switch {
	case o.MaxProblems == 0:
		return DefaultMaxProblems
	case o.MaxProblems < 0:
		return 0
	}
	return o.MaxProblems
}

func tooLargeMessage(size, limit int) string {
	return "the document is " + strconv.Itoa(size) + " bytes long, more than the limit of " + strconv.Itoa(limit) +
		" (ParseOptions.MaxBytes)"
}

func truncatedMessage(shown int) string {
	return "Parse stopped after " + strconv.Itoa(shown) + " problems, and there are more; fix these and parse again, " +
		"or raise ParseOptions.MaxProblems to see them all"
}
