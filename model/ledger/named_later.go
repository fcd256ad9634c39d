package ledger

import "slices"

// A source unnamed at first and named in the next sentence for the same
// claim is one party: "…, a prominent Republican senator said on Sunday.
// Lindsey Graham, who serves on the judiciary committee, said …". The
// first phrase must describe one person by a title ("senator",
// "minister"), not by the words that keep a source anonymous ("an
// official", "a source"), and the name must be new in that next sentence
// and given no other title there.

// namedLater finds the person first named, as the speaker, in sentence
// next, or a few sentences on when given the unnamed source's title
// ("China's ambassador to Britain accused … . … China's ambassador to
// Britain Liu Xiaming has said"); -1 for none.
func (b *builder) namedLater(ui int, u *source, next int) int {
	role := roleKey(u.head)
	for k := next; k < len(b.primary) && k-next <= laterReach; k++ {
		ni := b.primary[k]
		if ni < 0 || ni == ui {
			continue
		}
		n := b.srcs[ni]
		if n.typ != NamedPerson || len(n.sents) == 0 || n.sents[0] != k {
			continue
		}
		if slices.Contains(n.roles, role) {
			return ni
		}
		// A name given a title of its own, other than the unnamed
		// source's, is someone else ("…, the ambassador said. Kim Lee,
		// the district commander, said …").
		if k == next && len(n.roles) == 0 {
			return ni
		}
	}
	return -1
}

// laterReach is how many sentences past the next a titled source may
// be named and still be joined, when the name is given the same title.
const laterReach = 5

// joinNamedLater merges each such unnamed source into the named person.
func (b *builder) joinNamedLater() {
	for ui, u := range b.srcs {
		if u.typ != UnnamedPerson || u.plural || u.counted || len(u.sents) != 1 || !has(u.head, cTitle) {
			continue
		}
		if len(b.bySent[u.sents[0]]) > 4 {
			continue // a lede names few sources
		}
		next := u.sents[0] + 1
		ni := b.namedLater(ui, u, next)
		if ni < 0 {
			continue
		}
		n := b.srcs[ni]
		si := u.sents[0]
		n.sents = append([]int{si}, n.sents...)
		n.flags = append(n.flags, u.flags...)
		u.sents, u.flags = nil, nil
		b.bySent[si] = slices.DeleteFunc(b.bySent[si], func(x int) bool { return x == ui })
		if !slices.Contains(b.bySent[si], ni) {
			b.bySent[si] = append(b.bySent[si], ni)
		}
		if b.primary[si] == ui {
			b.primary[si] = ni
		}
	}
}
