//go:build !caveat_testhooks

package ui

import tea "charm.land/bubbletea/v2"

// A release build has no way to force a panic: CAVEAT_TEST_PANIC does
// nothing (crash_testhook.go, built with -tags caveat_testhooks, is the
// end-to-end tests' hook).

func withTestPanic(m tea.Model, _ string) tea.Model { return m }

func withoutTestPanic(m tea.Model) tea.Model { return m }
