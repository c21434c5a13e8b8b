package race_test

import (
	"sync"
	"sync/atomic"
	"testing"

	"github.com/bilateral-go/bilateral/internal/race"
)

func TestAtOnce(t *testing.T) {
	const n = 8
	var calls [n]atomic.Int32
	var arrived sync.WaitGroup
	arrived.Add(n)
	race.AtOnce(n, func(i int) {
		calls[i].Add(1)
		// Every call waits for all the others: AtOnce deadlocks unless
		// each runs in a goroutine of its own.
		arrived.Done()
		arrived.Wait()
	})
	for i := range calls {
		if got := calls[i].Load(); got != 1 {
			t.Errorf("f(%d) was called %d times, want once", i, got)
		}
	}
}
