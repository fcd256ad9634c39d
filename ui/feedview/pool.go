package feedview

import (
	"context"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/reading"
)

// job is one item to analyse; result is how it went.
type job struct {
	key     string
	analyse func(ctx context.Context) (reading.Doc, error)
}

type result struct {
	key string
	doc reading.Doc
	err error
}

// resultsMsg carries the analyses finished since the last one, so that a
// hundred items finishing together cost the UI loop one update, not a
// hundred.
type resultsMsg []result

func (resultsMsg) feedMsg() {}

// maxBatch is the most results one resultsMsg carries.
const maxBatch = 256

// pool analyses items on a fixed number of workers. Jobs are queued
// without ever blocking the UI loop; results come back through one
// channel that the view listens on while anything is pending.
type pool struct {
	ctx     context.Context
	jobs    chan job
	results chan result
	timeout time.Duration
}

func newPool(ctx context.Context, workers int, timeout time.Duration) *pool {
	p := &pool{ctx: ctx, jobs: make(chan job), results: make(chan result, maxBatch), timeout: timeout}
	for range workers {
		go p.work()
	}
	return p
}

// submit queues jobs from a goroutine of its own: the workers take them
// as they free up.
func (p *pool) submit(js []job) {
	go func() {
		for _, j := range js {
			select {
			case p.jobs <- j:
			case <-p.ctx.Done():
				return
			}
		}
	}()
}

func (p *pool) work() {
	for {
		select {
		case j := <-p.jobs:
			p.results <- p.run(j)
		case <-p.ctx.Done():
			return
		}
	}
}

// run analyses one item under the per-item timeout. A stuck item is given
// up on (its goroutine finishes on its own) so it never holds a worker;
// a panic is that item's error, never the reader's crash.
func (p *pool) run(j job) result {
	ctx, cancel := context.WithTimeout(p.ctx, p.timeout)
	defer cancel()
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{key: j.key, err: fmt.Errorf("internal error: %s", articles.VisibleLine(fmt.Sprint(r)))}
			}
		}()
		doc, err := j.analyse(ctx)
		if err == nil && (doc.Article == nil || doc.Analysis == nil) {
			err = fmt.Errorf("nothing to show")
		}
		done <- result{key: j.key, doc: doc, err: err}
	}()
	select {
	case r := <-done:
		return r
	case <-ctx.Done():
		if p.ctx.Err() != nil {
			return result{key: j.key, err: fmt.Errorf("cancelled")}
		}
		return result{key: j.key, err: fmt.Errorf("gave up after %s (the item is slow to fetch or analyse)", p.timeout)}
	}
}

// wait is the command that delivers the next results: it blocks for one,
// then takes whatever else is ready.
func (p *pool) wait() tea.Cmd {
	return func() tea.Msg {
		var out resultsMsg
		select {
		case r := <-p.results:
			out = append(out, r)
		case <-p.ctx.Done():
			return nil
		}
		for len(out) < maxBatch {
			select {
			case r := <-p.results:
				out = append(out, r)
			default:
				return out
			}
		}
		return out
	}
}
