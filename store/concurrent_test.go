package store

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/caveat-reader/caveat/model"
)

// manyClaims is an article with n flagged lines, for writers to share.
func manyClaims(t *testing.T, n int) (string, *model.Analysis) {
	var b strings.Builder
	var flags []flagAt
	for i := range n {
		fmt.Fprintf(&b, "Claim %d rests on what officials said.\n", i)
		flags = append(flags, flagAt{model.AnonymousSource, i, "officials said"})
	}
	return b.String(), fixture(t, b.String(), flags...)
}

// writeMarks marks every flag i of a with i%stride == part, saving the
// position after each mark as a reader scrolling along would.
func writeMarks(s *Store, hash string, a *model.Analysis, part, stride int) error {
	for i := part; i < len(a.Flags); i += stride {
		if err := s.SetMark(hash, mark(a, i, Checked, fmt.Sprintf("by writer %d", part))); err != nil {
			return err
		}
		if err := s.SavePosition(hash, a.Flags[i].Span.Start); err != nil {
			return err
		}
	}
	return nil
}

func countMarks(t *testing.T, s *Store, hash string, want int) {
	t.Helper()
	ms, err := s.Marks(hash)
	must(t, err)
	if len(ms) != want {
		t.Errorf("got %d marks, want %d: concurrent writes were lost", len(ms), want)
	}
}

func TestTwoHandlesWritingAtOnceLoseNothing(t *testing.T) {
	dir := t.TempDir()
	text, a := manyClaims(t, 120)
	rec := NewRecord("/many.txt", "Many", text)
	stores := []*Store{openAt(t, dir), openAt(t, dir)}
	for _, s := range stores {
		defer s.Close()
		_, err := s.Restore(rec, a)
		must(t, err)
	}
	const writers = 4
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- writeMarks(stores[w%2], rec.Hash, a, w, writers)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		must(t, err)
	}
	countMarks(t, stores[0], rec.Hash, len(a.Flags))
}

// A second caveat process is this test binary run again with the
// directory and its share of the work in the environment.
const (
	envWriterDir  = "CAVEAT_STORE_TEST_WRITER_DIR"
	envWriterPart = "CAVEAT_STORE_TEST_WRITER_PART"
	envCrashDir   = "CAVEAT_STORE_TEST_CRASH_DIR"
)

func TestTwoProcessesWritingAtOnceLoseNothing(t *testing.T) {
	dir := t.TempDir()
	text, a := manyClaims(t, 200)
	rec := NewRecord("/many.txt", "Many", text)
	s := openAt(t, dir)
	defer s.Close()
	_, err := s.Restore(rec, a)
	must(t, err)

	child := exec.Command(os.Args[0], "-test.run=^TestWriterProcess$")
	child.Env = append(os.Environ(), envWriterDir+"="+dir, envWriterPart+"=1")
	var stderr strings.Builder
	child.Stderr = &stderr
	stdin, err := child.StdinPipe()
	must(t, err)
	stdout, err := child.StdoutPipe()
	must(t, err)
	must(t, child.Start())
	// Start both writers together: the child says when its store is
	// open, and waits for the word to go.
	ready := bufio.NewScanner(stdout)
	if !ready.Scan() || ready.Text() != "ready" {
		t.Fatalf("writer process did not get ready: %q %s", ready.Text(), stderr.String())
	}
	_, err = io.WriteString(stdin, "go\n")
	must(t, err)
	mine := writeMarks(s, rec.Hash, a, 0, 2)
	_, _ = io.Copy(io.Discard, stdout)
	if err := child.Wait(); err != nil {
		t.Fatalf("writer process: %v\n%s", err, stderr.String())
	}
	must(t, mine)
	countMarks(t, s, rec.Hash, len(a.Flags))
}

// TestWriterProcess is the second process of the test above; run on its
// own it does nothing.
func TestWriterProcess(t *testing.T) {
	dir := os.Getenv(envWriterDir)
	if dir == "" {
		t.Skip("helper process for TestTwoProcessesWritingAtOnceLoseNothing")
	}
	part, _ := strconv.Atoi(os.Getenv(envWriterPart))
	text, a := manyClaims(t, 200)
	s := openAt(t, dir)
	defer s.Close()
	fmt.Println("ready")
	if _, err := bufio.NewReader(os.Stdin).ReadString('\n'); err != nil {
		t.Fatal(err)
	}
	must(t, writeMarks(s, Hash(text), a, part, 2))
}

func TestCrashMidWriteLeavesThePreviousState(t *testing.T) {
	dir := t.TempDir()
	s := openAt(t, dir)
	a, rec := visitStory(t, s)
	must(t, s.SetMark(rec.Hash, mark(a, 0, Checked, "before the crash")))
	must(t, s.SavePosition(rec.Hash, 42))
	must(t, s.Close())

	child := exec.Command(os.Args[0], "-test.run=^TestCrashingProcess$")
	child.Env = append(os.Environ(), envCrashDir+"="+dir)
	out, err := child.CombinedOutput()
	if code := child.ProcessState.ExitCode(); code != 3 {
		t.Fatalf("crashing process: exit %d (%v), want 3\n%s", code, err, out)
	}

	s = openAt(t, dir)
	defer s.Close()
	got, err := s.Restore(rec, a)
	must(t, err)
	if m := got.Marks[0]; m.State != Checked || m.Note != "before the crash" || len(got.Marks) != 1 {
		t.Errorf("marks after the crash: %+v", got.Marks)
	}
	if got.Position != 42 {
		t.Errorf("position after the crash: %d, want 42", got.Position)
	}
}

// TestCrashingProcess dies in the middle of a write transaction, having
// changed a mark, added one and moved the position.
func TestCrashingProcess(t *testing.T) {
	dir := os.Getenv(envCrashDir)
	if dir == "" {
		t.Skip("helper process for TestCrashMidWriteLeavesThePreviousState")
	}
	a := storyAnalysis(t, story)
	s := openAt(t, dir)
	ctx := context.Background()
	_ = s.tx(ctx, func(tx *sql.Tx) error {
		must(t, upsertMark(ctx, tx, Hash(story), mark(a, 0, Disputed, "half written"), true))
		must(t, upsertMark(ctx, tx, Hash(story), mark(a, 1, Checked, ""), true))
		_, err := tx.ExecContext(ctx, "UPDATE articles SET position = 7")
		must(t, err)
		os.Exit(3)
		return nil
	})
}
