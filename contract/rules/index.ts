// Plain rules and constants shared by the server and the console: no zod here (lint-enforced), so
// the console may import values from this entry point without shipping schemas to the browser.
export * from './access';
