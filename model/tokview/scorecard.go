package tokview

// The tokens as the scorecard reads them (scorecard.Token): its facts
// are read from the detector's tokens while the analyzer holds them.
func (t *Token) Bounds() (int, int) { return t.Start, t.End }
func (t *Token) Lowered() string    { return t.Norm }
func (t *Token) IsWord() bool       { return t.Word }
func (t *Token) IsCap() bool        { return t.Cap }
func (t *Token) StartsEntry() bool  { return t.In(CheckStart) }
func (t *Token) StopsName() bool    { return t.In(NameStop) }
