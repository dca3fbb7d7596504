"""Bad-input corpus: every algorithm × every input × every kind of bad data (issue 11)."""
