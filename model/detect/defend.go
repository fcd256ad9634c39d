package detect

import (
	"github.com/caveat-reader/caveat/model/text/postag"
)

// A party defending itself or its plan against attacks or allegations
// ("defended himself against the allegations", "defending the budget
// against critics") answers a claim. "Against" must follow within
// defendReach words and an attack noun within three words after it;
// the span runs to that noun.
func init() {
	register("deny.defend_against", (*detector).defendedAgainst)
	register("deny.defend_conduct", (*detector).defendedConduct)
}

// defendReach bounds how far after "defended" its "against" is looked
// for ("defended the decision to close the school against").
const defendReach = 8

func (d *detector) defendedAgainst() {
	t := d.s.Tokens
	for i := range t {
		if !clsDefendVerb.Has(t[i]) {
			continue
		}
		if j := d.againstAttack(i+1, min(len(t), i+1+defendReach)); j >= 0 {
			d.hit(i, j+1, i, i+1)
		}
	}
}

// againstAttack returns the first attack noun within three words after an
// "against" in tokens [from, to), or -1.
func (d *detector) againstAttack(from, to int) int {
	t := d.s.Tokens
	for k := from; k < to; k++ {
		if t[k].Lower != "against" {
			continue
		}
		for j := k + 1; j < len(t) && j <= k+3; j++ {
			if clsAttackNoun.Has(t[j]) {
				return j
			}
		}
	}
	return -1
}

// defendedConduct: a party defending what it did ("defended the party's
// actions", "defended her handling of the flood") answers the criticism
// of it even with no "against": a conduct_noun within conductReach words
// after the verb, with a possessive before it so that the conduct is
// someone's. Defending a plan or a budget ("defending the state budget")
// argues for it and is not a denial; "defend their title" is sport.
func (d *detector) defendedConduct() {
	t := d.s.Tokens
	for i := range t {
		if !clsDefendVerb.Has(t[i]) {
			continue
		}
		owned := false
		for k := i + 1; k < len(t) && k <= i+conductReach && t[k].Word; k++ {
			owned = owned || t[k].Tag == postag.POS || clsPossessiveDeterminer.Has(t[k])
			if owned && clsConductNoun.Has(t[k]) {
				d.hit(i, k+1, i, i+1)
				break
			}
		}
	}
}

// conductReach bounds the object's words before its noun ("the
// government's own record").
const conductReach = 5
