package inspect

import (
	"runtime"
	"sync"
)

// pool runs conversion jobs on one worker per CPU while the catalog queries
// are still running, so that parsing PostgreSQL's printed DDL overlaps with
// the server computing the next query. Jobs record their own results and
// errors; nothing is shared between jobs but read-only data.
type pool struct {
	jobs chan func()
	wg   sync.WaitGroup
}

// newPool starts the workers.
func newPool() *pool {
	p := &pool{jobs: make(chan func(), 256)}
	for range runtime.GOMAXPROCS(0) {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for job := range p.jobs {
				job()
			}
		}()
	}
	return p
}

// submit queues job; a nil pool runs nothing (the raw-catalog tests read
// without converting).
func (p *pool) submit(job func()) {
	if p != nil {
		p.jobs <- job
	}
}

// wait stops accepting jobs and waits for the queued ones to finish.
func (p *pool) wait() {
	if p != nil {
		close(p.jobs)
		p.wg.Wait()
	}
}
