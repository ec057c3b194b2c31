// Svelte's settings for the test app and svelte-check: the defaults (runes mode by use).
export default {};
