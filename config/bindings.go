package config

// BindingNames are the reader's bindings as [keys] names them, one per
// binding of ui.KeyMap (ui's tests check that each has its binding).
var BindingNames = []string{
	"next", "prev", "anonymous", "denial", "uncertain", "focus",
	"up", "down", "page_down", "page_up", "half_down", "half_up", "top", "bottom",
	"centre", "next_article", "prev_article", "help", "quit",
	"search", "mark", "note", "copy", "open_link", "links", "articles", "sources", "questions", "changes", "compare", "outlets",
	"back", "open", "accept", "cancel", "interrupt",
}
