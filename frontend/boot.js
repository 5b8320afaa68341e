// Starts the app. A file of its own (not inline) so the Content-Security-Policy needs no
// 'unsafe-inline'. The build replaces the two names with the content-hashed ones.
import init, { start } from "/{{GLUE}}";

// The wasm is fetched once the first screen (drawn at build time, shown by guard.js) has been
// painted: on a slow line it would otherwise share the bandwidth, and the main thread, with the
// page's own text and style sheet, which is what the person is waiting to see.
const painted = new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

painted.then(() => init({ module_or_path: "/{{WASM}}" })).then(() => start());
