"""Teacher tools without Qt: the PIN gate, answer validation, class statistics, bank operations, printing."""
