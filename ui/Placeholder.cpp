namespace pd { int uiPlaceholder() { return 0; } }
