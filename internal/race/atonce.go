package race

import "sync"

// AtOnce calls f(0) to f(n-1), each in a goroutine of its own, all let go
// at the same moment so that they race for what is made on first use, and
// returns once every call has returned.
func AtOnce(n int, f func(i int)) {
	var start, done sync.WaitGroup
	start.Add(1)
	for i := range n {
		done.Add(1)
		go func() {
			defer done.Done()
			start.Wait()
			f(i)
		}()
	}
	start.Done()
	done.Wait()
}
