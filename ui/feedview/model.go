package feedview

import (
	"context"
	"fmt"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/reading"
)

// Msg is every message the feed view sends itself; the root passes them
// back to Update.
type Msg interface{ feedMsg() }

// OpenMsg asks the root to show an item in the reader.
type OpenMsg struct {
	Key string
	Doc reading.Doc
}

// sourceMsg is one feed loaded (or failed).
type sourceMsg struct {
	index int
	batch Batch
	err   error
}

func (sourceMsg) feedMsg() {}

// Model is the feed view. It is used by pointer: the root holds one and
// calls its methods.
type Model struct {
	ctx  context.Context
	cfg  Config
	keys KeyMap
	st   Styles
	help help.Model
	list list.Model
	spin spinner.Model
	pool *pool

	// batches are the sources' items as last loaded; errs their load
	// errors; loading counts the sources still loading.
	batches []Batch
	errs    []string
	loading int
	// entries are every item by key, kept across refreshes so an item
	// is analysed once; shown are those of the current batches, in
	// feed order.
	entries map[string]*entry
	shown   []*entry
	// waiting is how many shown entries are queued or being analysed;
	// listening whether a wait command is out for their results.
	waiting   int
	listening bool
	ticking   bool
	sort      sortKind
	flash     string
	w, h      int
	// styleGen counts style changes, so cached rows are drawn again.
	styleGen int
	// filterGen counts changes of the filter text (filter.go).
	filterGen int
	// helpLine is the footer's key hints as drawn for helpDrawn.
	helpLine  string
	helpDrawn helpKey
	// spinView is the spinner's frame, drawn once per View.
	spinView string
	// everLoaded is set once every source has answered once.
	everLoaded bool
}

// Errors are the feeds that could not be read at their last load, one
// line each naming the feed.
func (m *Model) Errors() []string {
	var out []string
	for _, e := range m.errs {
		if e != "" {
			out = append(out, e)
		}
	}
	return out
}

// New builds the feed view; Init starts loading its sources.
func New(ctx context.Context, cfg Config, st Styles) *Model {
	if ctx == nil {
		ctx = context.Background()
	}
	m := &Model{ctx: ctx, cfg: cfg, keys: DefaultKeyMap(), help: help.New(), spin: spinner.New(spinner.WithSpinner(spinner.MiniDot)),
		pool: newPool(ctx, cfg.workers(), cfg.itemTimeout()), batches: make([]Batch, len(cfg.Sources)),
		errs: make([]string, len(cfg.Sources)), entries: map[string]*entry{}}
	m.list = list.New(nil, delegate{m: m}, 0, 0)
	// The view draws the list's chrome itself (view.go): the list keeps
	// the items, the cursor, the pages and the fuzzy filter.
	m.list.SetShowTitle(false)
	m.list.SetShowFilter(false)
	m.list.SetShowStatusBar(false)
	m.list.SetShowPagination(false)
	m.list.SetShowHelp(false)
	m.list.DisableQuitKeybindings()
	m.SetStyles(st)
	return m
}

// Init loads every source.
func (m *Model) Init() tea.Cmd { return m.load(false) }

// SetStyles replaces the styles (the terminal told its background).
func (m *Model) SetStyles(st Styles) {
	m.st = st
	m.styleGen++
	m.help.Styles = st.Help
	m.list.Styles = st.listStyles()
	m.list.FilterInput.Prompt = "filter: "
}

// SetSize gives the view the whole screen.
func (m *Model) SetSize(w, h int) {
	m.w, m.h = w, h
	m.help.SetWidth(w)
	m.list.SetSize(w, max(1, h-chromeRows))
}

// Filtering reports whether the filter is being typed: keys are text.
func (m *Model) Filtering() bool { return m.list.SettingFilter() }

// load starts every source's Load.
func (m *Model) load(refresh bool) tea.Cmd {
	cmds := []tea.Cmd{m.startTicking()}
	m.loading = len(m.cfg.Sources)
	for i, src := range m.cfg.Sources {
		cmds = append(cmds, func() tea.Msg {
			b, err := loadSafely(m.ctx, src, refresh)
			return sourceMsg{index: i, batch: b, err: err}
		})
	}
	return tea.Batch(cmds...)
}

// loadSafely is a source's Load with a panic turned into its error.
func loadSafely(ctx context.Context, src Source, refresh bool) (b Batch, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %s", articles.VisibleLine(fmt.Sprint(r)))
		}
	}()
	if src.Load == nil {
		return Batch{}, fmt.Errorf("nothing to load")
	}
	return src.Load(ctx, refresh)
}

func (m *Model) startTicking() tea.Cmd {
	if m.ticking {
		return nil
	}
	m.ticking = true
	return m.spin.Tick
}

// Update answers a key or one of the view's messages.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return m.key(msg)
	case sourceMsg:
		return m.loaded(msg)
	case resultsMsg:
		return m.analysed(msg)
	case filterResult:
		return m.filtered(msg)
	case spinner.TickMsg:
		if msg.ID != m.spin.ID() {
			break
		}
		if m.loading == 0 && m.waiting == 0 {
			m.ticking = false
			return nil
		}
		var cmd tea.Cmd
		m.spin, cmd = m.spin.Update(msg)
		return cmd
	}
	return m.updateList(msg)
}

// key answers a key press. While the filter is typed every key but
// ctrl+c is the filter's.
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	m.flash = ""
	k := m.keys
	if key.Matches(msg, k.Interrupt) {
		return tea.Quit
	}
	if m.list.SettingFilter() {
		return m.updateList(msg)
	}
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Open):
		return m.open()
	case key.Matches(msg, k.Refresh):
		return m.refresh()
	case key.Matches(msg, k.Sort):
		m.sort = (m.sort + 1) % sortKinds
		return m.resort()
	case key.Matches(msg, k.Help):
		m.help.ShowAll = !m.help.ShowAll
	default:
		return m.updateList(msg)
	}
	return nil
}

// open asks the root to show the selected item, and records it read.
func (m *Model) open() tea.Cmd {
	r, ok := m.list.SelectedItem().(row)
	if !ok {
		return nil
	}
	e := r.e
	switch e.state {
	case pending:
		m.flash = "still being read and analysed; a moment"
		return nil
	case failed:
		m.flash = "could not read this item: " + e.err
		return nil
	}
	if !e.item.Read && m.cfg.MarkRead != nil {
		if err := m.cfg.MarkRead(e.item.Key); err != nil {
			m.flash = "could not save the read state: " + articles.VisibleLine(err.Error())
		}
	}
	e.item.Read = true
	doc := e.doc
	return func() tea.Msg { return OpenMsg{Key: e.item.Key, Doc: doc} }
}

// refresh reloads every feed (conditionally) and retries failed items.
func (m *Model) refresh() tea.Cmd {
	for _, e := range m.entries {
		if e.state == failed {
			e.state, e.err = pending, ""
			e.queued = false
		}
	}
	m.flash = "refreshing…"
	return m.load(true)
}

// loaded takes in one source's items: rows for new items, analyses queued
// for them; items already known keep their analysis.
func (m *Model) loaded(msg sourceMsg) tea.Cmd {
	if msg.index < 0 || msg.index >= len(m.batches) {
		return nil
	}
	m.loading = max(0, m.loading-1)
	if msg.err != nil {
		m.errs[msg.index] = articles.VisibleLine(m.cfg.Sources[msg.index].Name + ": " + msg.err.Error())
	} else {
		m.errs[msg.index] = ""
		m.batches[msg.index] = msg.batch
	}
	if m.loading == 0 && m.flash == "refreshing…" {
		m.flash = ""
	}
	if m.loading == 0 && !m.everLoaded {
		m.everLoaded = true
		if len(m.Errors()) == len(m.cfg.Sources) {
			// Nothing could be read: end, so the command can say why,
			// as the reader does when every article fails.
			return tea.Quit
		}
	}
	m.rebuild()
	return tea.Batch(m.queue(), m.resort())
}

// rebuild lists the entries of the current batches, each key once.
func (m *Model) rebuild() {
	m.shown = m.shown[:0]
	seen := map[string]bool{}
	for _, b := range m.batches {
		for _, it := range b.Items {
			if seen[it.Key] {
				continue
			}
			seen[it.Key] = true
			e, ok := m.entries[it.Key]
			if !ok {
				e = newEntry(it, len(m.entries))
				m.entries[it.Key] = e
			} else {
				read := e.item.Read || it.Read
				e.item = it
				e.item.Read = read
			}
			m.shown = append(m.shown, e)
		}
	}
}

// queue hands the pool every shown entry not analysed or queued yet.
func (m *Model) queue() tea.Cmd {
	var js []job
	for _, e := range m.shown {
		if e.state == pending && !e.queued && e.item.Analyse != nil {
			e.queued = true
			js = append(js, job{key: e.item.Key, analyse: e.item.Analyse})
		}
	}
	m.waiting += len(js)
	if len(js) == 0 {
		return nil
	}
	m.pool.submit(js)
	return tea.Batch(m.listen(), m.startTicking())
}

// listen puts one wait for results out, if none is.
func (m *Model) listen() tea.Cmd {
	if m.listening || m.waiting == 0 {
		return nil
	}
	m.listening = true
	return m.pool.wait()
}

// analysed settles finished analyses and listens for more.
func (m *Model) analysed(rs resultsMsg) tea.Cmd {
	m.listening = false
	for _, r := range rs {
		m.waiting = max(0, m.waiting-1)
		if e, ok := m.entries[r.key]; ok && e.state == pending {
			e.settle(r)
		}
	}
	var cmd tea.Cmd
	if m.sort != byNewest {
		cmd = m.resort()
	}
	return tea.Batch(cmd, m.listen())
}

// resort orders the rows for the sort chosen, keeping the selected item
// selected.
func (m *Model) resort() tea.Cmd {
	var selKey string
	if r, ok := m.list.SelectedItem().(row); ok {
		selKey = r.e.item.Key
	}
	es := append([]*entry(nil), m.shown...)
	sortEntries(es, m.sort)
	items := make([]list.Item, len(es))
	sel := -1
	for i, e := range es {
		items[i] = row{e}
		if e.item.Key == selKey {
			sel = i
		}
	}
	cmd := tagMatches(m.list.SetItems(items), m.filterGen)
	if sel >= 0 && m.list.FilterState() == list.Unfiltered {
		m.list.Select(sel)
	}
	return cmd
}

// Progress is how many shown items are analysed (or failed) of all.
func (m *Model) Progress() (done, total int) {
	for _, e := range m.shown {
		if e.state != pending {
			done++
		}
	}
	return done, len(m.shown)
}
