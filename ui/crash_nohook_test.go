//go:build !caveat_testhooks

package ui

import "testing"

// Without the caveat_testhooks tag, CAVEAT_TEST_PANIC arms nothing.
func TestReleaseBuildHasNoPanicHook(t *testing.T) {
	m := openModel(t, 80, 24, storyDoc(t))
	for _, where := range []string{"update", "view", "cmd"} {
		if got, ok := withTestPanic(m, where).(*Model); !ok {
			t.Errorf("CAVEAT_TEST_PANIC=%s wrapped the reader in %T", where, got)
		}
	}
}
