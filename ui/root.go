package ui

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/caveat-reader/caveat/ui/bodyview"
	"github.com/caveat-reader/caveat/ui/feedview"

	"github.com/caveat-reader/caveat/articles"

	"github.com/caveat-reader/caveat/cells"
)

// focusArea is what j/k and enter act on.
type focusArea int

const (
	focusText focusArea = iota
	focusNotes
)

// mode is what the keys drive: the article, the index of the session, or
// the line typed in the footer (a search, a note).
type mode int

const (
	modeRead mode = iota
	modeIndex
	// modeSide shows a side-by-side view (what changed, or the session's
	// articles compared) in the body's place.
	modeSide
	modeSearch
	modeNote
	// modeFeed shows the feed view (ui/feed.go) in place of the reader.
	modeFeed
)

// Model is the reader: a session of articles, the shared filters and
// focus, the styles and keys. Components (header, article pane, margin,
// strip, footer) are functions of it that return strings; Update only
// dispatches to small handlers. It has pointer semantics throughout:
// NewModel makes a *Model, every method (Init, Update, View included)
// takes it by pointer and Update returns the same pointer, so no part of
// the state is sometimes a copy and sometimes shared.
type Model struct {
	ctx    context.Context
	opts   Options
	keys   KeyMap
	styles *Styles
	help   help.Model
	sess   *session
	// hidden are the reader kinds filtered out (1 2 3), for every article.
	hidden [3]bool
	focus  focusArea
	lay    layout
	w, h   int

	mode mode
	// panel is the side panel shown in place of the notes, if any.
	panel panelKind
	// input is the footer's line for a search or a note, index the list
	// of the session's articles (L).
	input *textinput.Model
	index *list.Model
	// side is the side-by-side view of modeSide.
	side     *bodyview.Model
	sideBack mode
	// flash is a one-line message for the footer until the next key;
	// flashErr styles it as an error (a failed save).
	flash    string
	flashErr bool
	// typedHits counts the matches of the search being typed.
	typedHits   int
	typedCapped bool
	// helpCache keeps the key hints between frames.
	helpCache *helpCache
	// memo keeps the styled pieces of the header and status line.
	memo *renderMemo
	// feed is the feed view when the session started from feeds.
	feed *feedState
	// flashGen counts footer messages, so that the clock of an old one
	// does not clear a newer one.
	flashGen int
	// set is what the settings file changed.
	set settings
	// helpTop is the first row of the full help shown (it scrolls when
	// the screen is too short for it).
	helpTop int
}

// NewModel builds the reader for inputs; their loading starts in Init.
func NewModel(ctx context.Context, inputs []Input, opts Options) *Model {
	if ctx == nil {
		ctx = context.Background()
	}
	m := &Model{
		ctx:       ctx,
		opts:      opts,
		keys:      DefaultKeyMap(),
		help:      help.New(),
		sess:      newSession(inputs),
		input:     newInput(),
		helpCache: &helpCache{},
		memo:      &renderMemo{},
	}
	m.configure(opts.Config)
	m.styles = m.newStyles(m.set.theme != "light", colorprofile.TrueColor)
	m.flash = opts.Notice
	m.index = newIndex(m.styles)
	m.help.Styles = m.styles.Help
	m.syncKeys()
	return m
}

// newStyles is the styles for a background and colour profile, held by
// pointer and shared with the components: they are replaced, never
// changed in place.
func (m *Model) newStyles(dark bool, p colorprofile.Profile) *Styles {
	st := newStylesWith(m.set.colors, dark, m.opts.NoColor, p)
	return &st
}

// Init asks the terminal for its background and starts every load.
func (m *Model) Init() tea.Cmd {
	cmds := append(m.sess.loadCmds(m.ctx), tea.RequestBackgroundColor, m.feedInit())
	if m.sess.count(slotLoading) > 0 {
		cmds = append(cmds, m.sess.spinner.Tick)
	}
	return tea.Batch(cmds...)
}

// Update dispatches each message to its handler.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	flashBefore := m.flash
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
		m.relayout()
		m.feedResize()
	case tea.BackgroundColorMsg:
		dark := msg.IsDark()
		if m.set.theme != "auto" {
			dark = m.set.theme == "dark"
		}
		m.restyle(dark, m.styles.Profile)
		m.feedRestyle()
	case tea.ColorProfileMsg:
		m.restyle(m.styles.Dark, msg.Profile)
		m.feedRestyle()
	case loadedMsg:
		cmd = m.loaded(msg)
	case restoredMsg:
		m.restored(msg)
	case outletsMsg:
		m.outletsLoaded(msg)
	case renderedMsg:
		msg.d.install(msg)
	case feedview.OpenMsg:
		cmd = m.openFeedItem(msg)
	case feedview.Msg:
		cmd = m.feedTick(msg)
	case tea.KeyPressMsg:
		cmd = m.handleKey(msg)
	case tea.MouseWheelMsg:
		m.handleWheel(msg)
	case tea.MouseClickMsg:
		m.handleClick(msg)
	case openedMsg:
		m.opened(msg)
	case flashExpiredMsg:
		if msg.gen == m.flashGen && !m.flashErr {
			m.flash = ""
		}
	default:
		cmd = tea.Batch(m.tick(msg), m.feedTick(msg))
	}
	m.syncKeys()
	if c := m.expireFlash(flashBefore); c != nil {
		cmd = tea.Batch(cmd, c)
	}
	if rs := m.renderCmds(); len(rs) > 0 {
		cmd = tea.Batch(append(rs, cmd)...)
	}
	return m, cmd
}

// restyle replaces the styles for a background and colour profile the
// terminal reported.
func (m *Model) restyle(dark bool, p colorprofile.Profile) {
	m.styles = m.newStyles(dark, p)
	m.help.Styles = m.styles.Help
	m.index.Styles = list.DefaultStyles(m.styles.Dark)
	m.relayout()
}

// tick passes the other messages (spinner ticks, the input's cursor blink)
// to the components that asked for them.
func (m *Model) tick(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	if m.sess.count(slotLoading) > 0 {
		var cmd tea.Cmd
		m.sess.spinner, cmd = m.sess.spinner.Update(msg)
		cmds = append(cmds, cmd)
		if m.mode == modeIndex {
			m.refreshIndex()
		}
	}
	if m.mode == modeSearch || m.mode == modeNote {
		var cmd tea.Cmd
		*m.input, cmd = m.input.Update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// loaded records a finished load; when every input has failed there is
// nothing to read, and the reader ends so the command can say why.
func (m *Model) loaded(msg loadedMsg) tea.Cmd {
	m.sess.settle(msg)
	if m.sess.count(slotLoading) == 0 && m.sess.count(slotReady) == 0 {
		return tea.Quit
	}
	// Show the first article that arrives while the current one has failed.
	if cur := m.sess.current(); cur.state == slotFailed && m.sess.slots[msg.index].state == slotReady {
		m.sess.active = msg.index
	}
	m.refreshIndex()
	m.relayout()
	sl := m.sess.slots[msg.index]
	if m.opts.Store == nil || sl.view == nil {
		return nil
	}
	sl.view.restored = false
	return restoreCmd(m.opts.Store, msg.index, *sl.view.doc)
}

// relayout recomputes the layout after a resize, a help toggle, a
// background change or an article switch, and lays the current article out
// for it (a no-op when nothing changed).
func (m *Model) relayout() {
	// The full help takes the body's place; the footer keeps one line
	// of hints.
	m.lay = newLayout(m.w, m.h, 1, m.set.textMax)
	m.index.SetSize(m.w, max(0, m.lay.body+m.lay.strip))
	if m.side != nil {
		m.side.SetSize(m.w, max(1, m.lay.body+m.lay.strip))
	}
	m.input.SetWidth(max(1, m.w-inputReserve))
	if d := m.sess.current().view; d != nil && !m.lay.tooSmall {
		d.layout(m.lay.textW, m.lay.body, m.styles)
	}
}

// current is the open article shown, or nil while it loads or if it failed.
func (m *Model) current() *docView { return m.sess.current().view }

// View draws the screen. The frame goes through articles.TerminalSafe,
// the last step before the terminal: whatever stage let a control
// through, it stops there.
func (m *Model) View() tea.View {
	// caveat's own hyperlinks go in after the last pass: it would remove
	// them, and they are made from allowed addresses only.
	v := tea.NewView(withHyperlinks(articles.TerminalSafe(m.screen()), m.frameLinks()))
	v.AltScreen = true
	if !m.opts.NoMouse && m.set.mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	v.WindowTitle = "caveat"
	return v
}

// screen is the content of the view, exactly m.h lines of m.w cells.
func (m *Model) screen() string {
	if m.w <= 0 || m.h <= 0 {
		return ""
	}
	if m.lay.tooSmall {
		return fit("make me bigger: caveat needs 40x12", m.w)
	}
	if m.mode == modeFeed {
		return m.feed.view.View()
	}
	rows := make([]string, 0, m.h)
	rows = append(rows, fit(headerView(m.styles, m.memo, m.sess, m.w), m.w))
	// bodyRows are already m.w cells wide: measuring them again would be
	// most of a keypress's cost.
	rows = append(rows, m.bodyRows()...)
	for _, row := range m.footerRows() {
		rows = append(rows, fit(row, m.w))
	}
	for len(rows) < m.h {
		rows = append(rows, spaces(m.w))
	}
	// One allocation of the frame's exact size: styled rows carry more
	// bytes of escape codes than of text, so a guess would regrow.
	rows = rows[:m.h]
	size := len(rows) - 1
	for _, row := range rows {
		size += len(row)
	}
	var b strings.Builder
	b.Grow(size)
	for i, row := range rows {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(row)
	}
	return b.String()
}

// fit pads or cuts a styled line to exactly w cells, so no component can
// push another out of place.
func fit(s string, w int) string {
	sw := cells.StringWidth(s)
	if sw > w {
		return cells.Truncate(s, w, "")
	}
	return s + strings.Repeat(" ", w-sw)
}
